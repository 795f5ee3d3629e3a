import { derivePurpose } from '../../../shared/consent/derive';
import type { RetentionFacts } from '../../../shared/rights/retention';
import type { CandidateRow } from '../repositories/candidates';
import { listConsentEvents } from '../repositories/consent-events';
import type { Db } from '../vault/database';
import { latestDecision } from './decisions-repo';

/**
 * Last contact: the latest of a CV received, a notice or first contact recorded, and a consent
 * answer the candidate gave (defaults set at import are not contact). Falls back to the record's creation.
 */
const lastContactOn = (db: Db, c: CandidateRow): string => {
  const dates = [
    db.prepare(`SELECT max(received_on) FROM sources WHERE candidate_id = ?`).pluck().get(c.id),
    db.prepare(`SELECT max(on_date) FROM notice_events WHERE candidate_id = ?`).pluck().get(c.id),
    db.prepare(`SELECT max(substr(at, 1, 10)) FROM consent_events WHERE candidate_id = ? AND by_default = 0`).pluck().get(c.id),
  ].filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1) ?? c.created_at.slice(0, 10);
};

export const retentionFacts = (db: Db, c: CandidateRow, today: string): RetentionFacts => {
  const pool = derivePurpose(listConsentEvents(db, c.id), 'talent-pool', today);
  // Given or since expired: the expiry date is the end of keeping them for the pool either way.
  const inPool = pool.basis === 'consent' && (pool.status === 'given' || pool.status === 'expired') ? pool.expiresOn : undefined;
  return {
    lastContactOn: lastContactOn(db, c),
    talentPoolExpiresOn: inPool,
    placedOn: latestDecision(db, c.id, 'placed')?.onDate,
    extendedUntil: latestDecision(db, c.id, 'extend')?.onDate,
  };
};
