import { deriveAll, derivePurpose } from '../../../shared/consent/derive';
import { decideMarketing } from '../../../shared/consent/marketing';
import { computeNotice, type NoticeState } from '../../../shared/consent/notice';
import type { ConsentOverview } from '../../../shared/consent/overview';
import { isoDate } from '../../../shared/dates';
import { listConsentEvents } from '../repositories/consent-events';
import { noticeDates } from '../repositories/notices';
import { activeFlags } from '../repositories/processing-flags';
import { listSources } from '../repositories/sources';
import { isSuppressed } from '../repositories/suppression';
import type { Db } from '../vault/database';
import { requireCandidate } from '../candidates/require';

export const candidateEmails = (db: Db, candidateId: number): string[] =>
  db.prepare(`SELECT value FROM candidate_contacts WHERE candidate_id = ? AND kind = 'email'`).pluck().all(candidateId) as string[];

/** Art. 14 state from how the candidate first reached us and what was recorded since. */
export const noticeOf = (db: Db, candidateId: number, today: string): NoticeState => {
  const first = listSources(db, candidateId)[0];
  const dates = noticeDates(db, candidateId);
  if (!first) return { required: false, status: 'not-required' };
  return computeNotice({ sourceKind: first.kind, obtainedOn: first.receivedOn, ...dates }, today);
};

export const consentOverview = (db: Db, candidateId: number, now: Date = new Date()): ConsentOverview => {
  requireCandidate(db, candidateId);
  const today = isoDate(now);
  const history = listConsentEvents(db, candidateId);
  const flags = activeFlags(db, candidateId);
  const suppressed = isSuppressed(db, candidateEmails(db, candidateId), now.toISOString());
  return {
    candidateId,
    purposes: deriveAll(history, today),
    history,
    notice: noticeOf(db, candidateId, today),
    marketing: decideMarketing(derivePurpose(history, 'marketing', today), { suppressed, ...flags }),
    ...flags,
  };
};
