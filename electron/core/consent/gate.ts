import { derivePurpose } from '../../../shared/consent/derive';
import { decideSharing, type GateDecision } from '../../../shared/consent/gate';
import { isoDate } from '../../../shared/dates';
import { CoreError } from '../errors';
import { requireCandidate } from '../candidates/require';
import { getClientRow } from '../repositories/clients';
import { listConsentEvents } from '../repositories/consent-events';
import { activeFlags } from '../repositories/processing-flags';
import type { Db } from '../vault/database';
import { noticeOf } from './overview';

/** The sharing gate: allowed, or every reason why not. The export calls this before writing anything. */
export const canShare = (db: Db, candidateId: number, clientId: number | undefined, now: Date = new Date()): GateDecision => {
  requireCandidate(db, candidateId);
  const today = isoDate(now);
  const client = clientId === undefined ? undefined : getClientRow(db, clientId);
  if (clientId !== undefined && !client) throw new CoreError('CLIENT_NOT_FOUND', 'There is no such client.');
  return decideSharing({
    clientSharing: derivePurpose(listConsentEvents(db, candidateId), 'client-sharing', today),
    notice: noticeOf(db, candidateId, today),
    ...activeFlags(db, candidateId),
    client: client && {
      id: client.id,
      name: client.name,
      country: client.country,
      transferSafeguard: client.transfer_safeguard ?? undefined,
    },
  });
};
