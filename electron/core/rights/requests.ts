import { isoDate } from '../../../shared/dates';
import { checkExtension, daysLeft, dueOn, firstDueOn, isOverdue } from '../../../shared/rights/deadlines';
import type { Channel, RightsRequest, RightType, VerificationMethod } from '../../../shared/rights/types';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { CoreError } from '../errors';
import type { Db } from '../vault/database';
import {
  getRequestRow,
  insertRequest,
  listRequestRows,
  setClosed,
  setExtension,
  setVerification,
  type RequestRow,
} from './requests-repo';

export const toRequest = (r: RequestRow, today: string): RightsRequest => {
  const open = r.status === 'open';
  return {
    id: r.id,
    ref: r.ref,
    candidateId: r.candidate_id,
    candidateRef: r.candidate_ref,
    type: r.type,
    channel: r.channel,
    receivedOn: r.received_on,
    firstDueOn: firstDueOn(r.received_on),
    dueOn: r.due_on,
    extensionMonths: r.extension_months,
    ...(r.extension_reason ? { extensionReason: r.extension_reason } : {}),
    ...(r.extended_on ? { extendedOn: r.extended_on } : {}),
    ...(r.verified_method && r.verified_by && r.verified_at
      ? { verification: { method: r.verified_method, by: r.verified_by, at: r.verified_at } }
      : {}),
    status: r.status,
    ...(r.closed_on ? { closedOn: r.closed_on } : {}),
    ...(r.closed_by ? { closedBy: r.closed_by } : {}),
    ...(r.outcome ? { outcome: r.outcome } : {}),
    overdue: isOverdue(r.due_on, today, open),
    daysLeft: daysLeft(r.due_on, open ? today : (r.closed_on ?? today)),
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
};

export const requestNotFound = () => new CoreError('RIGHTS_REQUEST_NOT_FOUND', 'There is no such rights request in this vault.');

export const requireRequest = (db: Db, id: number): RequestRow => {
  const row = getRequestRow(db, id);
  if (!row) throw requestNotFound();
  return row;
};

const requireOpen = (row: RequestRow): void => {
  if (row.status !== 'open') throw new CoreError('RIGHTS_REQUEST_CLOSED', `Request ${row.ref} is already closed.`);
};

export const addRequest = (
  db: Db,
  r: { candidateId: number; type: RightType; receivedOn: string; channel: Channel },
  now: Date = new Date(),
): RightsRequest => {
  requireCandidate(db, r.candidateId);
  const today = isoDate(now);
  if (r.receivedOn > today) throw new CoreError('INVALID_INPUT', 'The date received cannot be in the future.');
  const id = db.transaction(() =>
    insertRequest(db, { ...r, dueOn: dueOn(r.receivedOn, 0), by: currentConsultant(db), at: now.toISOString() }),
  )();
  return toRequest(requireRequest(db, id), today);
};

export const listRequests = (db: Db, opts: { openOnly: boolean; candidateId?: number | undefined }, now: Date = new Date()): RightsRequest[] => {
  const today = isoDate(now);
  return listRequestRows(db, opts).map((r) => toRequest(r, today));
};

export const verifyIdentity = (db: Db, id: number, method: VerificationMethod, now: Date = new Date()): RightsRequest => {
  const row = requireRequest(db, id);
  requireOpen(row);
  setVerification(db, id, { method, by: currentConsultant(db), at: now.toISOString() });
  return toRequest(requireRequest(db, id), isoDate(now));
};

const EXTENSION_REFUSALS = {
  closed: 'The request is closed.',
  'too-late': 'An extension must be decided and told to the candidate within the first month; that month has passed.',
  'too-long': 'A request can be extended by two months at most in total.',
  'no-months': 'Extend by one or two months.',
} as const;

/** Extends the deadline; the answer reminds the consultant to tell the candidate, with the reason, before the first due date. */
export const extendRequest = (db: Db, id: number, e: { months: number; reason: string }, now: Date = new Date()): RightsRequest => {
  const row = requireRequest(db, id);
  const today = isoDate(now);
  const check = checkExtension({ receivedOn: row.received_on, extensionMonths: row.extension_months, open: row.status === 'open' }, e.months, today);
  if (!check.ok) throw new CoreError('RIGHTS_EXTENSION_NOT_ALLOWED', EXTENSION_REFUSALS[check.reason]);
  setExtension(db, id, { months: check.totalMonths, reason: e.reason, on: today, dueOn: dueOn(row.received_on, check.totalMonths) });
  return toRequest(requireRequest(db, id), today);
};

export const closeRequest = (db: Db, id: number, outcome: string, now: Date = new Date()): RightsRequest => {
  const row = requireRequest(db, id);
  requireOpen(row);
  const today = isoDate(now);
  setClosed(db, id, { on: today, by: currentConsultant(db), outcome });
  return toRequest(requireRequest(db, id), today);
};

/**
 * Nothing is disclosed before the requester's identity is recorded: the bundle needs an open,
 * verified access or portability request of this candidate.
 */
export const requireVerifiedDisclosure = (db: Db, id: number): RequestRow => {
  const row = requireRequest(db, id);
  requireOpen(row);
  if (row.type !== 'access' && row.type !== 'portability')
    throw new CoreError('INVALID_INPUT', `Request ${row.ref} is a ${row.type} request; a bundle answers access or portability requests.`);
  if (!row.verified_method)
    throw new CoreError('RIGHTS_IDENTITY_UNVERIFIED', `Record how the requester's identity was verified for ${row.ref} before disclosing anything.`);
  return row;
};
