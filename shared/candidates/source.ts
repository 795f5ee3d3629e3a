import { z } from 'zod';

/** Where a CV came from. Values are the CLI's `--source` words: add, never rename. */
export const SOURCE_KINDS = [
  'job-website',
  'cv-library',
  'social-media',
  'referral',
  'business-card',
  'corporate-website',
  'website-form',
  'own-initiative',
  'subcontractor',
  'other',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const SourceInput = z
  .object({
    kind: SourceKind,
    /** Which job board, who referred, which event the card came from… */
    detail: z.string().trim().max(500).optional(),
    receivedOn: IsoDate.optional(),
    consultant: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof SourceInput>;

export const Source = z.object({
  kind: SourceKind,
  detail: z.string().optional(),
  receivedOn: IsoDate,
  consultant: z.string(),
  recordedAt: z.string(),
});
export type Source = z.infer<typeof Source>;
