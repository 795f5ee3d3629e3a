import type { Channel, RightType, VerificationMethod } from '../../../shared/rights/types';
import type { Db } from '../vault/database';

export interface RequestRow {
  id: number;
  ref: string;
  candidate_id: number;
  candidate_ref: string;
  type: RightType;
  channel: Channel;
  received_on: string;
  due_on: string;
  extension_months: number;
  extension_reason: string | null;
  extended_on: string | null;
  verified_method: VerificationMethod | null;
  verified_by: string | null;
  verified_at: string | null;
  status: 'open' | 'closed';
  closed_on: string | null;
  closed_by: string | null;
  outcome: string | null;
  recorded_by: string;
  recorded_at: string;
}

const SELECT = `SELECT r.*, c.ref AS candidate_ref FROM rights_requests r JOIN candidates c ON c.id = r.candidate_id`;

/** The reference is derived from the row id, so it is unique and never reused. */
export const insertRequest = (
  db: Db,
  r: { candidateId: number; type: RightType; channel: Channel; receivedOn: string; dueOn: string; by: string; at: string },
): number => {
  const id = Number(
    db
      .prepare(
        `INSERT INTO rights_requests (ref, candidate_id, type, channel, received_on, due_on, recorded_by, recorded_at)
         VALUES ('pending-' || hex(randomblob(8)), ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.candidateId, r.type, r.channel, r.receivedOn, r.dueOn, r.by, r.at).lastInsertRowid,
  );
  db.prepare(`UPDATE rights_requests SET ref = ? WHERE id = ?`).run(`RQ-${r.receivedOn.slice(0, 4)}-${String(id).padStart(4, '0')}`, id);
  return id;
};

export const getRequestRow = (db: Db, id: number): RequestRow | undefined => db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined;

export const getRequestRowByRef = (db: Db, ref: string): RequestRow | undefined =>
  db.prepare(`${SELECT} WHERE r.ref = ?`).get(ref) as RequestRow | undefined;

export const listRequestRows = (db: Db, opts: { openOnly: boolean; candidateId?: number | undefined }): RequestRow[] =>
  db
    .prepare(
      `${SELECT} WHERE (@open = 0 OR r.status = 'open') AND (@cid IS NULL OR r.candidate_id = @cid) ORDER BY r.due_on, r.received_on, r.id`,
    )
    .all({ open: opts.openOnly ? 1 : 0, cid: opts.candidateId ?? null }) as RequestRow[];

export const setVerification = (db: Db, id: number, v: { method: VerificationMethod; by: string; at: string }): void => {
  db.prepare(`UPDATE rights_requests SET verified_method = ?, verified_by = ?, verified_at = ? WHERE id = ?`).run(v.method, v.by, v.at, id);
};

export const setExtension = (db: Db, id: number, e: { months: number; reason: string; on: string; dueOn: string }): void => {
  db.prepare(`UPDATE rights_requests SET extension_months = ?, extension_reason = ?, extended_on = ?, due_on = ? WHERE id = ?`).run(
    e.months,
    e.reason,
    e.on,
    e.dueOn,
    id,
  );
};

export const setClosed = (db: Db, id: number, c: { on: string; by: string; outcome: string }): void => {
  db.prepare(`UPDATE rights_requests SET status = 'closed', closed_on = ?, closed_by = ?, outcome = ? WHERE id = ?`).run(c.on, c.by, c.outcome, id);
};
