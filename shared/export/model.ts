import { z } from 'zod';
import { SectionKind } from '../cv/model';

/**
 * The company CV as the renderers see it: built by the export pipeline from the structured CV after
 * redaction and anonymisation. Everything in here may be printed; the renderers add nothing about
 * the candidate that is not in this object, so what must not leak must never reach it.
 */

export const EXPORT_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export const ExportLanguage = z.enum(EXPORT_LANGUAGES);
export type ExportLanguage = z.infer<typeof ExportLanguage>;

export const EXPORT_MODES = ['blind', 'named'] as const;
export const ExportMode = z.enum(EXPORT_MODES);
export type ExportMode = z.infer<typeof ExportMode>;

export const ParagraphBlock = z.object({ type: z.literal('paragraph'), text: z.string() });
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

export const BulletsBlock = z.object({ type: z.literal('bullets'), items: z.array(z.string()) });
export type BulletsBlock = z.infer<typeof BulletsBlock>;

/** A job, a degree, a project: the title block is kept with its first line of content. */
export const EntryBlock = z.object({
  type: z.literal('entry'),
  title: z.string().optional(),
  organisation: z.string().optional(),
  /** As it should be printed, e.g. "2019 – heden". */
  period: z.string().optional(),
  location: z.string().optional(),
  /** Description text under the title block, one paragraph each (not the raw extracted lines). */
  lines: z.array(z.string()),
  bullets: z.array(z.string()),
});
export type EntryBlock = z.infer<typeof EntryBlock>;

/** Short items (skills, tools, languages) shown as a run of tags or chips. */
export const TagsBlock = z.object({ type: z.literal('tags'), items: z.array(z.string()) });
export type TagsBlock = z.infer<typeof TagsBlock>;

export const Block = z.discriminatedUnion('type', [ParagraphBlock, BulletsBlock, EntryBlock, TagsBlock]);
export type Block = z.infer<typeof Block>;

export const CompanyCvSection = z.object({
  kind: SectionKind,
  /** Already in the export language (template override or the default heading). */
  heading: z.string(),
  blocks: z.array(Block),
});
export type CompanyCvSection = z.infer<typeof CompanyCvSection>;

/** The consultant who sends the CV: the client's contact, never the candidate's details. */
export const ConsultantContact = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type ConsultantContact = z.infer<typeof ConsultantContact>;

export const CompanyCv = z.object({
  language: ExportLanguage,
  mode: ExportMode,
  /** How the candidate is named on the page: "CV-2026-0042", "J.P.", "Jan P." or "Jan Peeters". */
  candidateLabel: z.string().min(1),
  /** Job title shown under the name. */
  headline: z.string().optional(),
  /** City or region, only when the mode and template keep it. */
  location: z.string().optional(),
  /** In print order; sections without blocks are skipped by the renderers. */
  sections: z.array(CompanyCvSection),
  contact: ConsultantContact.optional(),
  /** The share's reference code: also the document title, so never a name. */
  reference: z.string().min(1),
  /** The consultant (or team) named in "prepared by"; the firm comes from the template. */
  preparedBy: z.string(),
  /** ISO date (YYYY-MM-DD) the CV was prepared. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-03-14'),
});
export type CompanyCv = z.infer<typeof CompanyCv>;
