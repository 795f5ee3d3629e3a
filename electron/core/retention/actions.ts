import { isoDate } from '../../../shared/dates';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { CoreError } from '../errors';
import type { Db } from '../vault/database';
import { appendDecision } from './decisions-repo';
import { retentionOf, type CandidateRetention } from './due';

/** Keep the data until a later date, for a reason the consultant gives (both kept in the decision log). */
export const extendRetention = (db: Db, candidateId: number, e: { until: string; reason: string }, now: Date = new Date()): CandidateRetention => {
  requireCandidate(db, candidateId);
  if (e.until <= isoDate(now)) throw new CoreError('INVALID_INPUT', 'Keep-until must be a date after today.');
  appendDecision(db, candidateId, { kind: 'extend', onDate: e.until, reason: e.reason, consultant: currentConsultant(db), at: now.toISOString() });
  return retentionOf(db, candidateId, now);
};

/** The candidate was placed (worker or employee): the legal period applies from that date. */
export const markPlaced = (db: Db, candidateId: number, placedOn: string, now: Date = new Date()): CandidateRetention => {
  requireCandidate(db, candidateId);
  if (placedOn > isoDate(now)) throw new CoreError('INVALID_INPUT', 'The placement date cannot be in the future.');
  appendDecision(db, candidateId, { kind: 'placed', onDate: placedOn, consultant: currentConsultant(db), at: now.toISOString() });
  return retentionOf(db, candidateId, now);
};
