import type { Basis, EventStatus, Method, Purpose } from '../../../../shared/consent/types';

/** Statuses a consultant records (not-asked is only set by the app, from the source). */
export const RECORDABLE_STATUSES = ['given', 'requested', 'refused', 'withdrawn'] as const satisfies readonly EventStatus[];
export type RecordableStatus = (typeof RECORDABLE_STATUSES)[number];

/** How a candidate can tell us (import-default is the app's own). */
export const RECORDABLE_METHODS = ['email', 'phone', 'in-person', 'web-form', 'signed-document'] as const satisfies readonly Method[];
export type RecordableMethod = (typeof RECORDABLE_METHODS)[number];

/** Evidence files travel base64-encoded within the contract's 14 MB limit: about 10 MB of file. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface ConsentDraft {
  readonly basis: Basis;
  readonly status: RecordableStatus;
  readonly method: RecordableMethod | '';
  readonly note: string;
  readonly clientIds: readonly number[];
  readonly expiresOn: string;
}

export interface ConsentDraftErrors {
  readonly expiresOn?: 'past';
}

export const validateDraft = (d: ConsentDraft, today: string): ConsentDraftErrors =>
  d.status === 'given' && d.expiresOn !== '' && d.expiresOn < today ? { expiresOn: 'past' } : {};

/**
 * The consent.record input for a draft. Scope and expiry only mean something for a consent that is
 * given; scope only for presenting to clients.
 */
export const toRecordInput = (candidateId: number, purpose: Purpose, d: ConsentDraft) => {
  const note = d.note.trim();
  const given = d.status === 'given';
  return {
    candidateId,
    purpose,
    basis: d.basis,
    status: d.status,
    ...(d.method ? { method: d.method } : {}),
    ...(note ? { note } : {}),
    ...(given && purpose === 'client-sharing' && d.clientIds.length > 0 ? { clientIds: [...d.clientIds] } : {}),
    ...(given && d.expiresOn ? { expiresOn: d.expiresOn } : {}),
  };
};
