import { createHash } from 'node:crypto';
import type { Basis, EventStatus, Method, Purpose } from '../../../shared/consent/types';
import { derivePurpose } from '../../../shared/consent/derive';
import { defaultBases } from '../../../shared/consent/defaults';
import type { SourceKind } from '../../../shared/candidates/source';
import { isoDate } from '../../../shared/dates';
import { CoreError } from '../errors';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { getClientRow } from '../repositories/clients';
import { appendConsentEvent, insertEvidence, listConsentEvents } from '../repositories/consent-events';
import { suppressEmails } from '../repositories/suppression';
import type { Db } from '../vault/database';
import { candidateEmails } from './overview';

export interface ConsentChange {
  purpose: Purpose;
  basis: Basis;
  status: EventStatus;
  method?: Method | undefined;
  note?: string | undefined;
  clientIds?: number[] | undefined;
  expiresOn?: string | undefined;
  evidence?: { fileName: string; bytes: Uint8Array } | undefined;
  consultant?: string | undefined;
}

/**
 * Appends one event (history is never edited). A marketing opt-out also leaves a suppression
 * hash of each e-mail so the address is never mailed again, even after erasure.
 */
export const recordConsent = (db: Db, candidateId: number, c: ConsentChange, now: Date = new Date()): void =>
  db.transaction(() => {
    requireCandidate(db, candidateId);
    for (const id of c.clientIds ?? [])
      if (!getClientRow(db, id)) throw new CoreError('CLIENT_NOT_FOUND', 'One of the clients of this consent does not exist.');
    if (c.expiresOn && c.expiresOn < isoDate(now))
      throw new CoreError('INVALID_INPUT', 'The expiry date is in the past.');
    const at = now.toISOString();
    const evidenceId = c.evidence
      ? insertEvidence(db, candidateId, {
          fileName: c.evidence.fileName,
          sha256: createHash('sha256').update(c.evidence.bytes).digest('hex'),
          bytes: c.evidence.bytes,
          now: at,
        })
      : undefined;
    appendConsentEvent(db, candidateId, {
      purpose: c.purpose,
      basis: c.basis,
      status: c.status,
      method: c.method,
      note: c.note,
      evidenceId,
      clientIds: c.clientIds ?? [],
      expiresOn: c.expiresOn,
      consultant: c.consultant ?? currentConsultant(db),
      at,
      byDefault: false,
    });
    if (c.purpose === 'marketing' && (c.status === 'refused' || c.status === 'withdrawn'))
      suppressEmails(db, candidateEmails(db, candidateId), at);
  })();

/** Withdrawal is one action: it keeps the current basis and scope and records the withdrawal. */
export const withdrawConsent = (
  db: Db,
  candidateId: number,
  w: { purpose: Purpose; method?: Method | undefined; note?: string | undefined; consultant?: string | undefined },
  now: Date = new Date(),
): void => {
  const current = derivePurpose(listConsentEvents(db, candidateId), w.purpose, isoDate(now));
  recordConsent(db, candidateId, { ...w, basis: current.basis ?? 'consent', status: 'withdrawn', clientIds: current.clientIds }, now);
};

/** At import of a new candidate, inside the import transaction. */
export const recordSourceDefaults = (db: Db, candidateId: number, kind: SourceKind, consultant: string, at: string): void => {
  for (const d of defaultBases(kind))
    appendConsentEvent(db, candidateId, { ...d, method: 'import-default', clientIds: [], consultant, at, byDefault: true });
};
