import { z } from 'zod';

/**
 * What extraction (PDF or DOCX) hands to the rest of the pipeline: lines in reading order with the
 * typographic cues that segmentation needs. No file bytes, no images.
 */
export const LineRegion = z.enum(['body', 'header', 'footer']);
export type LineRegion = z.infer<typeof LineRegion>;

export const BlockKind = z.enum(['paragraph', 'heading', 'list-item', 'table-row', 'text-box']);
export type BlockKind = z.infer<typeof BlockKind>;

export const TextLine = z.object({
  text: z.string(),
  /** 1-based page; DOCX has no pages and uses 1. */
  page: z.number().int().positive(),
  /** Font size in points (DOCX: the run size, or the style's). */
  fontSize: z.number().nonnegative(),
  bold: z.boolean(),
  /** True when every letter is upper case (a typographic cue for headings). */
  caps: z.boolean().optional(),
  /** Geometry in points from the page's top-left (PDF only). */
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().optional(),
  /** Vertical gap to the previous line of the same column, in points (PDF only). */
  gapBefore: z.number().optional(),
  /** 0 = full width or single column, 1.. = column index from the left (PDF only). */
  column: z.number().int().nonnegative().optional(),
  region: LineRegion.default('body'),
  /** DOCX structure; PDFs leave it unset. */
  block: BlockKind.optional(),
  headingLevel: z.number().int().positive().optional(),
  /** Table cells of a DOCX table row, in order. */
  cells: z.array(z.string()).optional(),
});
export type TextLine = z.infer<typeof TextLine>;

export const DocumentProperties = z.object({
  title: z.string().optional(),
  author: z.string().optional(),
  subject: z.string().optional(),
  keywords: z.string().optional(),
  creator: z.string().optional(),
  producer: z.string().optional(),
  lastModifiedBy: z.string().optional(),
});
export type DocumentProperties = z.infer<typeof DocumentProperties>;

export const ExtractedDocument = z.object({
  format: z.enum(['pdf', 'docx']),
  pageCount: z.number().int().nonnegative(),
  lines: z.array(TextLine),
  /** An embedded picture large enough to be a photo was seen; the picture itself is never kept. */
  hasPhoto: z.boolean(),
  properties: DocumentProperties,
  /** Names of embedded files (PDF attachments), never their content. */
  attachments: z.array(z.string()).default([]),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;
