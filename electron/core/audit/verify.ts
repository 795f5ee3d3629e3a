import type { Db } from '../vault/database';
import { entryHash, GENESIS_HASH } from './chain';
import { rowToEntry, type AuditRow } from './repo';

export type BrokenKind = 'hash-mismatch' | 'link-mismatch' | 'sequence-gap' | 'unreadable';

export interface ChainReport {
  ok: boolean;
  entries: number;
  lastHash: string;
  /** The first entry at which the chain no longer holds: that row, or one just before it, was altered or removed. */
  firstBroken?: { id: number; kind: BrokenKind; expected: string; found: string };
}

/**
 * Walks the trail from the first entry: each row must follow its predecessor (id + 1), carry its
 * hash as prev_hash, and hash to its own stored value. Reports the first row where any fails.
 */
export const verifyAuditChain = (db: Db): ChainReport => {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for (const r of db.prepare(`SELECT * FROM audit_events ORDER BY id`).iterate() as IterableIterator<AuditRow>) {
    entries++;
    const broken = (kind: BrokenKind, expected: string, found: string): ChainReport => ({
      ok: false,
      entries,
      lastHash: prev,
      firstBroken: { id: r.id, kind, expected, found },
    });
    if (r.id !== expectedId) return broken('sequence-gap', String(expectedId), String(r.id));
    if (r.prev_hash !== prev) return broken('link-mismatch', prev, r.prev_hash);
    let computed: string;
    try {
      computed = entryHash(prev, rowToEntry(r));
    } catch {
      return broken('unreadable', r.hash, 'details are not valid JSON');
    }
    if (computed !== r.hash) return broken('hash-mismatch', computed, r.hash);
    prev = r.hash;
    expectedId++;
  }
  return { ok: true, entries, lastHash: prev };
};
