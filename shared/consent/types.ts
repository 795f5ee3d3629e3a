import { z } from 'zod';
import { IsoDate } from '../candidates/source';

/** Uses of a candidate's data that need their own legal basis. Values are CLI words. */
export const PURPOSES = ['client-sharing', 'talent-pool', 'marketing', 'sensitive'] as const;
export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

/** GDPR art. 6(1) grounds. */
export const BASES = ['consent', 'contract', 'legitimate-interest', 'legal-obligation', 'vital-interest', 'public-interest'] as const;
export const Basis = z.enum(BASES);
export type Basis = z.infer<typeof Basis>;

/** What an event records. `not-asked` marks a basis set without asking (e.g. a default from the source). */
export const EVENT_STATUSES = ['not-asked', 'requested', 'given', 'refused', 'withdrawn'] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

/** The derived status also knows `expired` (given, but past its expiry date). */
export const STATUSES = [...EVENT_STATUSES, 'expired'] as const;
export const ConsentStatus = z.enum(STATUSES);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const METHODS = ['email', 'phone', 'in-person', 'web-form', 'signed-document', 'import-default'] as const;
export const Method = z.enum(METHODS);
export type Method = z.infer<typeof Method>;

export const ConsentEvent = z.object({
  id: z.number().int().positive(),
  purpose: Purpose,
  basis: Basis,
  status: EventStatus,
  method: Method.optional(),
  note: z.string().optional(),
  evidenceFileName: z.string().optional(),
  /** Client ids this consent is limited to; empty = all clients. */
  clientIds: z.array(z.number().int().positive()),
  expiresOn: IsoDate.optional(),
  consultant: z.string(),
  at: z.string(),
  /** True when the app set it from the CV's source, not a consultant. */
  byDefault: z.boolean(),
});
export type ConsentEvent = z.infer<typeof ConsentEvent>;

export const PurposeState = z.object({
  purpose: Purpose,
  basis: Basis.optional(),
  status: ConsentStatus,
  clientIds: z.array(z.number().int().positive()),
  expiresOn: IsoDate.optional(),
  since: z.string().optional(),
  byDefault: z.boolean(),
});
export type PurposeState = z.infer<typeof PurposeState>;
