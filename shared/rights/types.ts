import { z } from 'zod';
import { IsoDate } from '../candidates/source';

/** The rights a candidate can exercise (GDPR art. 15-21 and art. 7(3)). Values are CLI words: add, never rename. */
export const RIGHT_TYPES = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdrawal'] as const;
export const RightType = z.enum(RIGHT_TYPES);
export type RightType = z.infer<typeof RightType>;

export const CHANNELS = ['email', 'letter', 'phone', 'in-person', 'web-form', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** How the requester was shown to be the candidate. Nothing is disclosed before one is recorded. */
export const VERIFICATION_METHODS = ['known-email', 'id-document', 'in-person', 'video-call', 'callback', 'other'] as const;
export const VerificationMethod = z.enum(VERIFICATION_METHODS);
export type VerificationMethod = z.infer<typeof VerificationMethod>;

export const RequestRef = z.string().regex(/^RQ-\d{4}-\d{4,}$/, 'expected a request reference such as RQ-2026-0007');

export const RightsRequest = z.object({
  id: z.number().int().positive(),
  ref: z.string(),
  candidateId: z.number().int().positive(),
  candidateRef: z.string(),
  type: RightType,
  channel: Channel,
  receivedOn: IsoDate,
  /** received + 1 month, before any extension: the candidate must hear of an extension by then. */
  firstDueOn: IsoDate,
  dueOn: IsoDate,
  extensionMonths: z.number().int().min(0).max(2),
  extensionReason: z.string().optional(),
  extendedOn: IsoDate.optional(),
  verification: z.object({ method: VerificationMethod, by: z.string(), at: z.string() }).optional(),
  status: z.enum(['open', 'closed']),
  closedOn: IsoDate.optional(),
  closedBy: z.string().optional(),
  outcome: z.string().optional(),
  overdue: z.boolean(),
  daysLeft: z.number().int(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type RightsRequest = z.infer<typeof RightsRequest>;
