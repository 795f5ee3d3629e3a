import { derivePurpose } from '../../../shared/consent/derive';
import { isoDate } from '../../../shared/dates';
import type { RetentionSituation } from '../../../shared/rights/retention';
import { appendAudit } from '../audit/repo';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { candidateEmails } from '../consent/overview';
import { listConsentEvents } from '../repositories/consent-events';
import { activeFlags } from '../repositories/processing-flags';
import { suppressEmails } from '../repositories/suppression';
import type { Db } from '../vault/database';
import { recipientsOf, type Recipient } from './recipients';
import { listRequestRows } from './requests-repo';
import { candidateTables, deletionOrder, quoteIdent } from './schema-scan';

export type EraseMode = 'erase' | 'anonymise';

/** Erasure on the retention policy's date rather than by a consultant: the audit says which rule. */
export interface AutomaticErasure {
  situation: RetentionSituation;
  dueOn: string;
}
export const AUTOMATIC_ACTOR = 'retention policy (automatic)';

export interface EraseResult {
  candidateId: number;
  ref: string;
  mode: EraseMode;
  /** Rows removed per table (tables with none are left out). */
  removed: Record<string, number>;
  suppressed: boolean;
  /** Requests of this candidate that were open: answered by this erasure. */
  closedRequests: string[];
  /** Art. 19: clients who received the CV and should be told. */
  recipients: Recipient[];
  auditId: number;
}

/** Whether the person opted out of marketing or objected: then their e-mail stays on the suppression list. */
const optedOut = (db: Db, candidateId: number, today: string): boolean => {
  const s = derivePurpose(listConsentEvents(db, candidateId), 'marketing', today).status;
  return s === 'refused' || s === 'withdrawn' || activeFlags(db, candidateId).objected;
};

/** Non-identifying statistics kept by anonymisation: one count per import year, language and first source. */
const countInStats = (db: Db, candidateId: number, createdAt: string, language: string): void => {
  const source = (db.prepare(`SELECT kind FROM sources WHERE candidate_id = ? ORDER BY received_on, id LIMIT 1`).pluck().get(candidateId) as string | undefined) ?? 'unknown';
  db.prepare(
    `INSERT INTO retention_stats (year, language, source_kind, outcome, count) VALUES (?, ?, ?, 'anonymised', 1)
     ON CONFLICT (year, language, source_kind, outcome) DO UPDATE SET count = count + 1`,
  ).run(Number(createdAt.slice(0, 4)), language, source);
};

/**
 * Removes every row of the candidate from every table that holds candidate data (read from the
 * schema), in one transaction, children first. Keeps the marketing suppression hash (when they
 * opted out) and one audit entry naming the reference code. Then truncates the WAL so the raw
 * files no longer hold the deleted pages (secure_delete zeroes them in the main file).
 */
export const eraseCandidate = (db: Db, candidateId: number, mode: EraseMode = 'erase', now: Date = new Date(), policy?: AutomaticErasure): EraseResult => {
  const candidate = requireCandidate(db, candidateId);
  const today = isoDate(now);
  const at = now.toISOString();
  const actor = policy ? AUTOMATIC_ACTOR : currentConsultant(db);
  const recipients = recipientsOf(db, candidateId);
  const tables = deletionOrder(candidateTables(db));

  const result = db.transaction((): EraseResult => {
    const requests = listRequestRows(db, { openOnly: false, candidateId });
    const suppressed = optedOut(db, candidateId, today);
    if (suppressed) suppressEmails(db, candidateEmails(db, candidateId), at);
    if (mode === 'anonymise') countInStats(db, candidateId, candidate.created_at, candidate.language);
    // The one sanctioned way past the append-only logs' delete guards; cleared before commit.
    db.prepare(`INSERT INTO erasure_guard (candidate_id) VALUES (?)`).run(candidateId);
    const removed: Record<string, number> = {};
    for (const t of tables) {
      const n = db.prepare(`DELETE FROM ${quoteIdent(t.name)} WHERE ${t.where}`).run({ cid: candidateId }).changes;
      if (n > 0) removed[t.name] = n;
    }
    db.prepare(`DELETE FROM erasure_guard WHERE candidate_id = ?`).run(candidateId);
    const closedRequests = requests.filter((r) => r.status === 'open').map((r) => r.ref);
    const auditId = appendAudit(db, {
      at,
      actor,
      action: mode === 'erase' ? 'candidate.erased' : 'candidate.anonymised',
      subjectRef: candidate.ref,
      details: {
        candidateId,
        tables: removed,
        suppressed,
        requests: requests.map((r) => ({
          ref: r.ref,
          type: r.type,
          receivedOn: r.received_on,
          dueOn: r.due_on,
          closedOn: r.closed_on ?? today,
        })),
        recipientClientIds: recipients.flatMap((r) => (r.clientId === undefined ? [] : [r.clientId])),
        ...(policy ? { automatic: true, situation: policy.situation, dueOn: policy.dueOn } : {}),
      },
    });
    return { candidateId, ref: candidate.ref, mode, removed, suppressed, closedRequests, recipients, auditId };
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
};
