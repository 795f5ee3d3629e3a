import { z } from 'zod';

export const LANGUAGES = ['nl', 'fr', 'en', 'de', 'other'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Section kinds: part of the CLI's JSON (`cv.sections[].kind`); add, never rename. */
export const SECTION_KINDS = [
  'profile',
  'experience',
  'education',
  'skills',
  'languages',
  'certifications',
  'projects',
  'personal',
  'interests',
  'references',
  'volunteering',
  'publications',
  'other',
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

/** Year and optional month (1-12). */
export const YearMonth = z.object({ year: z.number().int(), month: z.number().int().min(1).max(12).optional() });
export type YearMonth = z.infer<typeof YearMonth>;

export const Period = z.object({
  from: YearMonth.optional(),
  /** Absent `to` with `current: true` means "present / heden / aujourd'hui / heute". */
  to: YearMonth.optional(),
  current: z.boolean(),
  /** The period as written. */
  text: z.string(),
});
export type Period = z.infer<typeof Period>;

export const CvEntry = z.object({
  title: z.string().optional(),
  organisation: z.string().optional(),
  period: Period.optional(),
  location: z.string().optional(),
  bullets: z.array(z.string()),
  /** Every line of the entry as extracted, so nothing is lost when a field is not recognised. */
  lines: z.array(z.string()),
});
export type CvEntry = z.infer<typeof CvEntry>;

export const CvSection = z.object({
  kind: SectionKind,
  /** The heading as written in the CV ('' for the untitled top of the document). */
  title: z.string(),
  lines: z.array(z.string()),
  /** Experience, education (and similar) sections split into entries. */
  entries: z.array(CvEntry).optional(),
});
export type CvSection = z.infer<typeof CvSection>;

export const Contact = z.object({
  name: z.string().optional(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  address: z.string().optional(),
  links: z.array(z.string()),
});
export type Contact = z.infer<typeof Contact>;

export const CV_SCHEMA_VERSION = 1;

export const StructuredCv = z.object({
  schemaVersion: z.literal(CV_SCHEMA_VERSION),
  language: Language,
  /** Lines before the first recognised heading (usually name, title and contact details). */
  header: z.array(z.string()),
  sections: z.array(CvSection),
  contact: Contact,
  /** Running headers/footers repeated on pages, kept apart from the content. */
  furniture: z.array(z.string()),
  hasPhoto: z.boolean(),
});
export type StructuredCv = z.infer<typeof StructuredCv>;
