import type { Db } from '../vault/database';
import { entryHash, GENESIS_HASH, type AuditEntry, type AuditValue } from './chain';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject_ref: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export const hasAuditTable = (db: Db): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_events'`).pluck().get() !== undefined;

/**
 * Appends one entry, chained to the last one. Runs in the caller's transaction when there is
 * one (an erasure writes its entry atomically with the delete), else in its own.
 */
export const appendAudit = (
  db: Db,
  e: { at: string; actor: string; action: string; subjectRef?: string | undefined; details?: Record<string, AuditValue> },
): number => {
  const run = () => {
    const last = db.prepare(`SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1`).get() as { id: number; hash: string } | undefined;
    const entry: AuditEntry = {
      id: (last?.id ?? 0) + 1,
      at: e.at,
      actor: e.actor,
      action: e.action,
      subjectRef: e.subjectRef ?? null,
      details: e.details ?? {},
    };
    const prev = last?.hash ?? GENESIS_HASH;
    db.prepare(
      `INSERT INTO audit_events (id, at, actor, action, subject_ref, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(entry.id, entry.at, entry.actor, entry.action, entry.subjectRef, JSON.stringify(entry.details), prev, entryHash(prev, entry));
    return entry.id;
  };
  return db.inTransaction ? run() : db.transaction(run)();
};

export const rowToEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subjectRef: r.subject_ref,
  details: JSON.parse(r.details) as Record<string, AuditValue>,
});

export interface AuditFilter {
  action?: string | undefined;
  subjectRef?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Newest first. `action` matches a prefix ("rights." finds every rights step). */
export const listAuditRows = (db: Db, f: AuditFilter): { rows: AuditRow[]; total: number } => {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.action) {
    where.push(`substr(action, 1, length(@action)) = @action`);
    params.action = f.action;
  }
  if (f.subjectRef) {
    where.push(`subject_ref = @subject`);
    params.subject = f.subjectRef;
  }
  if (f.from) {
    where.push(`at >= @from`);
    params.from = f.from;
  }
  if (f.to) {
    where.push(`at < @to`);
    params.to = f.to;
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT * FROM audit_events ${w} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as AuditRow[];
  const total = db.prepare(`SELECT count(*) FROM audit_events ${w}`).pluck().get(params) as number;
  return { rows, total };
};
