import { z } from 'zod';
import { isInEea } from './eea';
import type { NoticeState } from './notice';
import type { PurposeState } from './types';

/** Why a CV may not go to a client. Stable codes: the UI and scripts key on them. */
export const GATE_REASONS = [
  'NO_BASIS',
  'CONSENT_PENDING',
  'CONSENT_REFUSED',
  'CONSENT_WITHDRAWN',
  'CONSENT_EXPIRED',
  'CONSENT_SCOPE',
  'NOTICE_OUTSTANDING',
  'PROCESSING_RESTRICTED',
  'OBJECTION_RECORDED',
  'TRANSFER_SAFEGUARD_MISSING',
] as const;
export const GateReasonCode = z.enum(GATE_REASONS);
export type GateReasonCode = z.infer<typeof GateReasonCode>;

export const GateReason = z.object({ code: GateReasonCode, message: z.string() });
export type GateReason = z.infer<typeof GateReason>;

export const GateDecision = z.object({ allowed: z.boolean(), reasons: z.array(GateReason) });
export type GateDecision = z.infer<typeof GateDecision>;

export interface GateClient {
  id: number;
  name: string;
  country: string;
  transferSafeguard?: string | undefined;
}

export interface GateInput {
  clientSharing: PurposeState;
  notice: NoticeState;
  restricted: boolean;
  objected: boolean;
  /** Absent when the consultant has not picked a client yet. */
  client?: GateClient | undefined;
}

const reason = (code: GateReasonCode, message: string): GateReason => ({ code, message });

/** "May I send this CV to this client?" — every reason that says no, in words a consultant understands. */
export const decideSharing = (input: GateInput): GateDecision => {
  const s = input.clientSharing;
  const reasons: GateReason[] = [];
  if (input.restricted) reasons.push(reason('PROCESSING_RESTRICTED', 'Processing is restricted at the candidate\'s request: the CV may not be shared.'));
  if (input.objected) reasons.push(reason('OBJECTION_RECORDED', 'The candidate objected to the use of their data: the CV may not be shared.'));
  if (s.status === 'refused') reasons.push(reason('CONSENT_REFUSED', 'The candidate refused to be presented to clients.'));
  else if (s.status === 'withdrawn') reasons.push(reason('CONSENT_WITHDRAWN', 'The candidate withdrew their consent to be presented to clients.'));
  else if (s.status === 'expired') reasons.push(reason('CONSENT_EXPIRED', `The candidate's consent expired on ${s.expiresOn ?? 'its end date'}: ask again.`));
  else if (!s.basis) reasons.push(reason('NO_BASIS', 'There is no legal basis to present this candidate to clients yet: ask for consent first.'));
  else if (s.basis === 'consent' && s.status !== 'given')
    reasons.push(reason('CONSENT_PENDING', 'Consent to be presented to clients was asked but not given yet.'));
  if (s.basis === 'consent' && s.status === 'given' && s.clientIds.length > 0 && input.client && !s.clientIds.includes(input.client.id))
    reasons.push(reason('CONSENT_SCOPE', `The candidate's consent covers other clients, not ${input.client.name}.`));
  if (input.notice.required && input.notice.status !== 'done')
    reasons.push(reason('NOTICE_OUTSTANDING', 'The candidate has not been informed yet that we hold their CV (GDPR art. 14): inform them before sharing.'));
  if (input.client && !isInEea(input.client.country) && !input.client.transferSafeguard)
    reasons.push(reason('TRANSFER_SAFEGUARD_MISSING', `${input.client.name} is outside the EEA: record the transfer safeguard for this client first.`));
  return { allowed: reasons.length === 0, reasons };
};
