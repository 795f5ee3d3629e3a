import type { ExtractedDocument, TextLine } from '../../../shared/cv/document';
import type { StructuredCv } from '../../../shared/cv/model';
import { normaliseLines, type CvLine } from '../../../shared/cv/normalise';
import { structureCv } from '../../../shared/cv/structure';

/** Body text size of the hand-made documents; headings are set larger and bold. */
export const BODY_SIZE = 10;

/** A plain body line; anything else (bold, size, column, page, region, block...) via `extra`. */
export const line = (text: string, extra: Partial<TextLine> = {}): TextLine => ({
  text,
  page: 1,
  fontSize: BODY_SIZE,
  bold: false,
  region: 'body',
  ...extra,
});

/** A line styled like a section heading: larger and bold. */
export const heading = (text: string, extra: Partial<TextLine> = {}): TextLine =>
  line(text, { fontSize: 13, bold: true, ...extra });

/** A bold body-size line, as CVs set entry titles. */
export const bold = (text: string, extra: Partial<TextLine> = {}): TextLine => line(text, { bold: true, ...extra });

/** Strings (plain body lines) or ready lines. */
export type LineInput = string | TextLine;
const toLine = (l: LineInput): TextLine => (typeof l === 'string' ? line(l) : l);

export const doc = (lines: readonly LineInput[], extra: Partial<ExtractedDocument> = {}): ExtractedDocument => {
  const all = lines.map(toLine);
  return {
    format: 'pdf',
    pageCount: Math.max(1, ...all.map((l) => l.page)),
    lines: all,
    hasPhoto: false,
    properties: {},
    attachments: [],
    ...extra,
  };
};

/** Normalised lines, as the structuring stages after normalisation receive them. */
export const cvLines = (lines: readonly LineInput[]): CvLine[] => normaliseLines(lines.map(toLine));

export const structure = (lines: readonly LineInput[], extra: Partial<ExtractedDocument> = {}): StructuredCv =>
  structureCv(doc(lines, extra));

/** The section of a kind (the first one), failing loudly when it is missing. */
export const sectionOf = (cv: StructuredCv, kind: StructuredCv['sections'][number]['kind']) => {
  const s = cv.sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section in: ${cv.sections.map((x) => `${x.kind}:${x.title}`).join(', ')}`);
  return s;
};
