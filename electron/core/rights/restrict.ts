import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { CoreError } from '../errors';
import { activeFlags, appendFlagEvent, type ProcessingFlag } from '../repositories/processing-flags';
import type { Db } from '../vault/database';
import { recipientsOf, type Recipient } from './recipients';

export interface FlagState {
  candidateId: number;
  ref: string;
  restricted: boolean;
  objected: boolean;
  /** Art. 19: clients who received the CV and should hear of the restriction (or its lifting). */
  recipients: Recipient[];
}

/**
 * Sets or lifts a restriction (art. 18) or an objection (art. 21). The data stays; the sharing
 * gate and the marketing decision read the same flag log, so both are blocked while it is set.
 */
export const setProcessingFlag = (
  db: Db,
  candidateId: number,
  f: { flag: ProcessingFlag; lift: boolean; reason?: string | undefined },
  now: Date = new Date(),
): FlagState => {
  const c = requireCandidate(db, candidateId);
  const before = activeFlags(db, candidateId);
  const on = f.flag === 'restriction' ? before.restricted : before.objected;
  if (on !== f.lift)
    throw new CoreError('INVALID_INPUT', f.lift ? `There is no ${f.flag} to lift for ${c.ref}.` : `A ${f.flag} is already recorded for ${c.ref}.`);
  appendFlagEvent(db, candidateId, { flag: f.flag, action: f.lift ? 'lift' : 'set', reason: f.reason, consultant: currentConsultant(db), at: now.toISOString() });
  return { candidateId, ref: c.ref, ...activeFlags(db, candidateId), recipients: recipientsOf(db, candidateId) };
};
