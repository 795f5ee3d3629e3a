import type { Db } from '../vault/database';

export type DecisionKind = 'extend' | 'placed';

export const appendDecision = (
  db: Db,
  candidateId: number,
  d: { kind: DecisionKind; onDate: string; reason?: string | undefined; consultant: string; at: string },
): void => {
  db.prepare(`INSERT INTO retention_decisions (candidate_id, kind, on_date, reason, consultant, at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    candidateId,
    d.kind,
    d.onDate,
    d.reason ?? null,
    d.consultant,
    d.at,
  );
};

/** The latest decision of a kind (by when it was recorded): a later decision replaces an earlier one. */
export const latestDecision = (db: Db, candidateId: number, kind: DecisionKind): { onDate: string; reason: string | undefined } | undefined => {
  const r = db
    .prepare(`SELECT on_date, reason FROM retention_decisions WHERE candidate_id = ? AND kind = ? ORDER BY at DESC, id DESC LIMIT 1`)
    .get(candidateId, kind) as { on_date: string; reason: string | null } | undefined;
  return r && { onDate: r.on_date, reason: r.reason ?? undefined };
};
