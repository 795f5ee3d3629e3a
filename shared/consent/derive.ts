import type { ConsentEvent, Purpose, PurposeState } from './types';
import { PURPOSES } from './types';

/**
 * The current state of one purpose, derived from the append-only log and never stored: the
 * latest event wins; a given consent past its expiry date reads as expired.
 */
export const derivePurpose = (events: readonly ConsentEvent[], purpose: Purpose, today: string): PurposeState => {
  const latest = events
    .filter((e) => e.purpose === purpose)
    .reduce<ConsentEvent | undefined>((acc, e) => (!acc || e.at > acc.at || (e.at === acc.at && e.id > acc.id) ? e : acc), undefined);
  if (!latest) return { purpose, status: 'not-asked', clientIds: [], byDefault: false };
  const expired = latest.status === 'given' && latest.expiresOn !== undefined && latest.expiresOn < today;
  return {
    purpose,
    basis: latest.basis,
    status: expired ? 'expired' : latest.status,
    clientIds: latest.clientIds,
    ...(latest.expiresOn ? { expiresOn: latest.expiresOn } : {}),
    since: latest.at,
    byDefault: latest.byDefault,
  };
};

export const deriveAll = (events: readonly ConsentEvent[], today: string): PurposeState[] =>
  PURPOSES.map((p) => derivePurpose(events, p, today));

/** Consent is the only basis the candidate can switch off; the others stand until an objection. */
export const isUsable = (s: PurposeState): boolean => {
  if (!s.basis) return false;
  if (s.status === 'refused' || s.status === 'withdrawn' || s.status === 'expired') return false;
  return s.basis === 'consent' ? s.status === 'given' : true;
};
