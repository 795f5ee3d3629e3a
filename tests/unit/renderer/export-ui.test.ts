import { describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/export/shares';
import { blockerPlace, exportBlockers } from '../../../renderer/src/pages/export/blockers';
import { base64ToBytes } from '../../../renderer/src/pages/export/bytes';
import { clientsInLog, filterShares, hasFilters } from '../../../renderer/src/pages/shares/share-filters';

describe('the export gate in plain words', () => {
  it('lists the unfinished review first, then every reason of the sharing gate', () => {
    const blockers = exportBlockers({
      review: 'pending',
      gate: {
        allowed: false,
        reasons: [
          { code: 'NO_BASIS', message: 'There is no legal basis.' },
          { code: 'TRANSFER_SAFEGUARD_MISSING', message: 'Outside the EEA.' },
        ],
      },
    });
    expect(blockers.map((b) => b.code)).toEqual(['UNREVIEWED', 'NO_BASIS', 'TRANSFER_SAFEGUARD_MISSING']);
    expect(blockers.map(blockerPlace)).toEqual(['review', 'consent', 'clients']);
  });

  it('has nothing to say when the review is done and the gate is open', () => {
    expect(exportBlockers({ review: 'done', gate: { allowed: true, reasons: [] } })).toEqual([]);
    // No review step wired in: the export's own baseline applies, the review does not block.
    expect(exportBlockers({ review: 'unavailable', gate: { allowed: true, reasons: [] } })).toEqual([]);
  });
});

describe('base64 from the contract to bytes', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...base64ToBytes(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });
});

const share = (over: Partial<Share>): Share => ({
  id: 1,
  candidateId: 1,
  ref: 'CV-2026-0001',
  templateId: 'classic',
  templateName: 'Classic',
  mode: 'blind',
  language: 'en',
  format: 'pdf',
  consultant: 'An Claes',
  at: '2026-03-02T10:00:00.000Z',
  fileName: 'CV-2026-0001_Acme.pdf',
  sha256: 'a'.repeat(64),
  size: 1000,
  cvVersion: 1,
  ...over,
});

describe('share log filters', () => {
  const log = [
    share({ id: 1 }),
    share({ id: 2, ref: 'CV-2026-0002', clientId: 7, clientName: 'Société Générale', mode: 'named', format: 'docx', at: '2026-04-10T10:00:00.000Z' }),
    share({ id: 3, ref: 'CV-2026-0003', clientId: 9, clientName: 'Acme Analytics', at: '2026-05-20T10:00:00.000Z' }),
  ];
  const ids = (f: Parameters<typeof filterShares>[1]) => filterShares(log, f).map((s) => s.id);

  it('searches reference, client, consultant and file, ignoring case and accents', () => {
    expect(ids({ search: 'societe' })).toEqual([2]);
    expect(ids({ search: '0003' })).toEqual([3]);
    expect(ids({ search: 'claes' })).toEqual([1, 2, 3]);
    expect(ids({ search: '  ' })).toEqual([1, 2, 3]);
  });

  it('filters on client (or none yet), mode, format and a date range', () => {
    expect(ids({ client: 'none' })).toEqual([1]);
    expect(ids({ client: '9' })).toEqual([3]);
    expect(ids({ mode: 'named' })).toEqual([2]);
    expect(ids({ format: 'pdf' })).toEqual([1, 3]);
    expect(ids({ from: '2026-04-01' })).toEqual([2, 3]);
    expect(ids({ from: '2026-04-01', to: '2026-04-30' })).toEqual([2]);
  });

  it('offers the clients of the log, by name, once each', () => {
    expect(clientsInLog([...log, share({ id: 4, clientId: 9, clientName: 'Acme Analytics' })])).toEqual([
      { id: 9, name: 'Acme Analytics' },
      { id: 7, name: 'Société Générale' },
    ]);
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ search: '' })).toBe(false);
    expect(hasFilters({ mode: 'blind' })).toBe(true);
  });
});
