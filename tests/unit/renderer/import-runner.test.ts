import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/candidates/candidate';
import type { SourceInput } from '../../../shared/candidates/source';
import type { Result } from '../../../shared/errors';
import { createImportRunner, MAX_FILE_BYTES, type ImportFile } from '../../../renderer/src/import/import-runner';
import type { QueueAction } from '../../../renderer/src/import/queue-model';
import { createWorkQueue } from '../../../renderer/src/lib/work-queue';

const source: SourceInput = { kind: 'job-website', detail: 'StepStone' };

const file = (name: string, bytes: Uint8Array): ImportFile => ({
  name,
  size: bytes.length,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});
/** A file that claims a size without holding the bytes (reading it would be a bug). */
const hugeFile = (name: string, size: number): ImportFile => ({
  name,
  size,
  arrayBuffer: () => Promise.reject(new Error('must not be read')),
});

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A fake candidates.import that holds every call until released, recording what it received. */
const fakeImport = () => {
  const calls: { fileName: string; data: string; source: SourceInput }[] = [];
  const pending: ((r: Result<ImportOutcome>) => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const api = {
    'candidates.import': (input: { fileName: string; data: string; source: SourceInput }) => {
      calls.push(input);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<Result<ImportOutcome>>((resolve) =>
        pending.push((r) => {
          inFlight -= 1;
          resolve(r);
        }),
      );
    },
  };
  return { api, calls, pending, maxInFlight: () => maxInFlight };
};

describe('import runner', () => {
  it('sends each file base64-encoded with the batch source, two at a time', async () => {
    const fake = fakeImport();
    const actions: QueueAction[] = [];
    const runner = createImportRunner(fake.api, (a) => actions.push(a));
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const added = runner.add([file('a.pdf', bytes), file('b.pdf', bytes), file('c.pdf', bytes), file('d.docx', bytes)]);
    runner.start(
      added.map((f) => f.id),
      source,
    );
    await tick();
    expect(fake.calls).toHaveLength(2);
    expect(Buffer.from(fake.calls[0]?.data ?? '', 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(fake.calls[0]?.source).toEqual(source);
    while (fake.pending.length > 0) {
      fake.pending.shift()?.({ ok: true, value: { file: 'x', status: 'imported', candidateId: 1, ref: 'CV-2026-0001' } });
      await tick();
    }
    expect(fake.calls.map((c) => c.fileName)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.docx']);
    expect(fake.maxInFlight()).toBe(2);
    expect(actions.filter((a) => a.type === 'outcome')).toHaveLength(4);
  });

  it('fails too-large and empty files without reading or sending them', async () => {
    const fake = fakeImport();
    const actions: QueueAction[] = [];
    const runner = createImportRunner(fake.api, (a) => actions.push(a));
    const [big, empty] = runner.add([hugeFile('big.pdf', MAX_FILE_BYTES + 1), file('empty.pdf', new Uint8Array())]);
    runner.start([big?.id ?? 0, empty?.id ?? 0], source);
    await tick();
    await tick();
    expect(fake.calls).toHaveLength(0);
    expect(actions).toEqual([
      { type: 'fail', id: big?.id, error: { code: 'IMPORT_TOO_LARGE', message: '' } },
      { type: 'fail', id: empty?.id, error: { code: 'IMPORT_CORRUPT', message: '' } },
    ]);
  });

  it('reports a refused call as that file failing with the typed error', async () => {
    const api = { 'candidates.import': () => Promise.resolve<Result<ImportOutcome>>({ ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } }) };
    const actions: QueueAction[] = [];
    const runner = createImportRunner(api, (a) => actions.push(a));
    const [f] = runner.add([file('a.pdf', new Uint8Array([1, 2, 3]))]);
    runner.start([f?.id ?? 0], source);
    await tick();
    await tick();
    expect(actions.at(-1)).toEqual({ type: 'fail', id: f?.id, error: { code: 'VAULT_LOCKED', message: 'locked' } });
  });

  it('cancels the files not sent yet and returns their ids', async () => {
    const fake = fakeImport();
    const runner = createImportRunner(fake.api, () => undefined);
    const ids = runner.add(['a', 'b', 'c', 'd', 'e'].map((n) => file(`${n}.pdf`, new Uint8Array([1])))).map((f) => f.id);
    runner.start(ids, source);
    await tick();
    expect(runner.cancelPending()).toEqual(ids.slice(2));
    while (fake.pending.length > 0) {
      fake.pending.shift()?.({ ok: true, value: { file: 'x', status: 'duplicate', candidateId: 1 } });
      await tick();
    }
    expect(fake.calls).toHaveLength(2);
  });
});

describe('work queue', () => {
  it('keeps the limit across pushes made while work runs, first in first out', async () => {
    const started: number[] = [];
    const release: (() => void)[] = [];
    let running = 0;
    let peak = 0;
    const queue = createWorkQueue<number>(2, (n) => {
      started.push(n);
      running += 1;
      peak = Math.max(peak, running);
      return new Promise<void>((r) =>
        release.push(() => {
          running -= 1;
          r();
        }),
      );
    });
    queue.push([1, 2, 3]);
    queue.push([4]);
    expect(started).toEqual([1, 2]);
    expect(queue.pending()).toBe(2);
    while (release.length > 0) {
      release.shift()?.();
      await tick();
    }
    expect(started).toEqual([1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(queue.running()).toBe(0);
  });

  it('frees the slot when work throws', async () => {
    const done: number[] = [];
    const queue = createWorkQueue<number>(1, (n) => (n === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(void done.push(n))));
    queue.push([1, 2]);
    await tick();
    await tick();
    expect(done).toEqual([2]);
  });
});
