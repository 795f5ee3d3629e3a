import { currentConsultant } from '../candidates/consultant';
import type { Db } from '../vault/database';
import { callAudit, shouldRecord } from './call-entry';
import { appendAudit, hasAuditTable } from './repo';

const candidateRefOf = (db: Db, id: number | undefined): string | undefined =>
  id === undefined ? undefined : ((db.prepare(`SELECT ref FROM candidates WHERE id = ?`).pluck().get(id) as string | undefined) ?? undefined);

/** Records one successful call in the audit trail (called by the dispatcher, so new calls are covered too). */
export const recordCall = (db: Db, call: string, input: unknown, output: unknown, now: Date = new Date()): void => {
  if (!shouldRecord(call) || !hasAuditTable(db)) return;
  const a = callAudit(call, input, output);
  const subjectRef = candidateRefOf(db, a.candidateId) ?? a.subjectRef;
  appendAudit(db, { at: now.toISOString(), actor: currentConsultant(db), action: a.action, subjectRef, details: a.details });
};
