import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/candidates/candidate';
import { queueReducer, statusOf, summarise, type QueueAction, type QueueItem } from '../../../renderer/src/import/queue-model';

const source = { kind: 'referral' as const, detail: 'colleague' };
const run = (actions: QueueAction[], start: QueueItem[] = []): QueueItem[] => actions.reduce(queueReducer, start);
const files = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `cv-${i + 1}.pdf`, size: 1000 + i }));

describe('statusOf (import outcome → list status)', () => {
  const base: ImportOutcome = { file: 'a.pdf', status: 'imported', candidateId: 1, ref: 'CV-2026-0001' };
  it('tells a new candidate from a new version of an existing one', () => {
    expect(statusOf(base)).toBe('imported');
    expect(statusOf({ ...base, matchedExisting: true, version: 2 })).toBe('version');
  });
  it('maps duplicates, failures and cancellations', () => {
    expect(statusOf({ ...base, status: 'duplicate' })).toBe('duplicate');
    expect(statusOf({ file: 'a.pdf', status: 'failed', error: { code: 'IMPORT_ENCRYPTED', message: 'x' } })).toBe('failed');
    expect(statusOf({ file: 'a.pdf', status: 'failed', error: { code: 'IMPORT_CANCELLED', message: 'x' } })).toBe('cancelled');
  });
});

describe('queueReducer', () => {
  it('stages files once, even when the same file is dropped twice before importing', () => {
    const items = run([{ type: 'stage', files: files(2) }, { type: 'stage', files: [{ id: 9, name: 'cv-1.pdf', size: 1000 }] }]);
    expect(items.map((i) => i.id)).toEqual([1, 2]);
    expect(items.every((i) => i.status === 'staged')).toBe(true);
  });

  it('stages the same file again once the earlier copy was imported (the core reports the duplicate)', () => {
    const items = run([
      { type: 'stage', files: files(1) },
      { type: 'start', ids: [1], source },
      { type: 'stage', files: [{ id: 2, name: 'cv-1.pdf', size: 1000 }] },
    ]);
    expect(items.map((i) => i.status)).toEqual(['waiting', 'staged']);
  });

  it('starts only staged items, with the batch source', () => {
    const items = run([{ type: 'stage', files: files(3) }, { type: 'unstage', id: 2 }, { type: 'start', ids: [1, 2, 3], source }]);
    expect(items.map((i) => [i.id, i.status, i.source?.kind])).toEqual([
      [1, 'waiting', 'referral'],
      [3, 'waiting', 'referral'],
    ]);
  });

  it('records outcomes and errors per file and never moves a finished file back', () => {
    const items = run([
      { type: 'stage', files: files(3) },
      { type: 'start', ids: [1, 2, 3], source },
      { type: 'progress', id: 1, status: 'importing' },
      { type: 'outcome', id: 1, outcome: { file: 'cv-1.pdf', status: 'imported', candidateId: 7, ref: 'CV-2026-0007', version: 1, matchedExisting: false } },
      { type: 'progress', id: 1, status: 'reading' },
      { type: 'fail', id: 2, error: { code: 'IMPORT_TOO_LARGE', message: '' } },
    ]);
    expect(items[0]).toMatchObject({ status: 'imported', candidateId: 7, ref: 'CV-2026-0007' });
    expect(items[1]).toMatchObject({ status: 'failed', error: { code: 'IMPORT_TOO_LARGE' } });
    expect(items[2]?.status).toBe('waiting');
  });

  it('cancels only files that have not finished', () => {
    const items = run([
      { type: 'stage', files: files(3) },
      { type: 'start', ids: [1, 2], source },
      { type: 'outcome', id: 1, outcome: { file: 'cv-1.pdf', status: 'duplicate', candidateId: 3 } },
      { type: 'cancelled', ids: [1, 2, 3] },
    ]);
    expect(items.map((i) => i.status)).toEqual(['duplicate', 'cancelled', 'staged']);
  });

  it('clears finished results and keeps what is still running or staged', () => {
    const items = run([
      { type: 'stage', files: files(3) },
      { type: 'start', ids: [1, 2], source },
      { type: 'fail', id: 1, error: { code: 'IMPORT_CORRUPT', message: '' } },
      { type: 'clearFinished' },
    ]);
    expect(items.map((i) => [i.id, i.status])).toEqual([
      [2, 'waiting'],
      [3, 'staged'],
    ]);
  });
});

describe('summarise', () => {
  it('counts each outcome and the progress of what was sent', () => {
    const items = run([
      { type: 'stage', files: files(6) },
      { type: 'start', ids: [1, 2, 3, 4, 5], source },
      { type: 'outcome', id: 1, outcome: { file: 'a', status: 'imported', candidateId: 1, ref: 'r' } },
      { type: 'outcome', id: 2, outcome: { file: 'b', status: 'imported', candidateId: 1, ref: 'r', matchedExisting: true, version: 2 } },
      { type: 'outcome', id: 3, outcome: { file: 'c', status: 'duplicate', candidateId: 1 } },
      { type: 'fail', id: 4, error: { code: 'IMPORT_NO_TEXT', message: '' } },
      { type: 'progress', id: 5, status: 'importing' },
    ]);
    expect(summarise(items)).toEqual({
      staged: 1,
      total: 5,
      finished: 4,
      active: 1,
      imported: 1,
      versions: 1,
      duplicates: 1,
      failed: 1,
      cancelled: 0,
      running: true,
    });
  });
});
