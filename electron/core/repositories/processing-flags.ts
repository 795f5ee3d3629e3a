import type { Db } from '../vault/database';

export type ProcessingFlag = 'restriction' | 'objection';

export const appendFlagEvent = (
  db: Db,
  candidateId: number,
  e: { flag: ProcessingFlag; action: 'set' | 'lift'; reason?: string | undefined; consultant: string; at: string },
): void => {
  db.prepare(`INSERT INTO processing_flags (candidate_id, flag, action, reason, consultant, at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    candidateId,
    e.flag,
    e.action,
    e.reason ?? null,
    e.consultant,
    e.at,
  );
};

/** A flag is on when its latest event sets it. */
export const activeFlags = (db: Db, candidateId: number): { restricted: boolean; objected: boolean } => {
  const latest = (flag: ProcessingFlag) =>
    db
      .prepare(`SELECT action FROM processing_flags WHERE candidate_id = ? AND flag = ? ORDER BY at DESC, id DESC LIMIT 1`)
      .pluck()
      .get(candidateId, flag) as 'set' | 'lift' | undefined;
  return { restricted: latest('restriction') === 'set', objected: latest('objection') === 'set' };
};
