import fontkit from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';
import type { FontRole, Measurer } from '../layout/types';

export interface MeasuredFont {
  readonly pdf: PDFFont;
  /** The same font parsed by fontkit: vertical metrics and glyph coverage. */
  readonly metrics: { ascent: number; descent: number; unitsPerEm: number; hasGlyphForCodePoint(cp: number): boolean };
}

/** Characters a CV may carry that a text font may lack, with what to print instead. */
const STAND_INS: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '–', '\u2212': '-', '\u00AD': '', '\u200B': '', '\u2009': ' ', '\u202F': ' ',
  '\u00A0': ' ', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2026': '...', '\u25AA': '•', '\u25CF': '•',
};

export const metricsOf = (bytes: Uint8Array): MeasuredFont['metrics'] => {
  const f = fontkit.create(Buffer.from(bytes));
  if (!('hasGlyphForCodePoint' in f)) throw new Error('font collection');
  return { ascent: f.ascent, descent: f.descent, unitsPerEm: f.unitsPerEm, hasGlyphForCodePoint: (cp) => f.hasGlyphForCodePoint(cp) };
};

/** Text metrics of the embedded fonts; what a font cannot draw is replaced or dropped, never a tofu box. */
export const pdfMeasurer = (fonts: Readonly<Record<FontRole, MeasuredFont>>): Measurer => {
  const printableCache = new Map<string, string>();
  const printableChar = (ch: string, role: FontRole): string => {
    const f = fonts[role].metrics;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return ch === '\t' || ch === '\n' ? ' ' : '';
    if (f.hasGlyphForCodePoint(cp)) return ch;
    const standIn = STAND_INS[ch];
    if (standIn !== undefined && [...standIn].every((c) => f.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))) return standIn;
    const base = ch.normalize('NFKD').replace(/\p{M}+/gu, '');
    if (base && base !== ch && [...base].every((c) => f.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))) return base;
    return '';
  };
  return {
    width: (text, role, size) => (text ? fonts[role].pdf.widthOfTextAtSize(text, size) : 0),
    ascent: (role) => fonts[role].metrics.ascent / fonts[role].metrics.unitsPerEm,
    descent: (role) => Math.abs(fonts[role].metrics.descent) / fonts[role].metrics.unitsPerEm,
    printable: (text, role) => {
      const key = `${role}\u0000${text}`;
      let out = printableCache.get(key);
      if (out === undefined) {
        out = [...text].map((ch) => printableChar(ch, role)).join('');
        printableCache.set(key, out);
      }
      return out;
    },
  };
};
