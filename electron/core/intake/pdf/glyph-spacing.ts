/**
 * pdf.js collapses every run of white space inside a text item into one space, so a name drawn
 * letter-spaced as "L É A  P E T I T" (two spaces between the words) reaches us as
 * "L É A P E T I T", and a name spread out with character spacing comes out the same way. The
 * page's operator list still holds each drawn glyph with its advance and the explicit kerns
 * between glyphs; from those the gaps between letters, and so the word breaks, can be read back.
 */

/** Gaps between the letters of one drawn string, in ems, keyed by the letters without spaces. */
export type SpacingIndex = ReadonlyMap<string, readonly (readonly number[])[]>;

export interface TextOps {
  showText: number;
  showSpacedText: number;
}

export interface GlyphOps {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

interface GlyphLike {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

/** Letter-spaced names and headings are short; longer strings are ordinary text. */
const MIN_LETTERS = 3;
const MAX_LETTERS = 80;

const isGlyph = (g: unknown): g is GlyphLike => typeof g === 'object' && g !== null && 'unicode' in g;

/**
 * The letters of one show-text operation and the white before each letter after the first:
 * space glyphs' advances plus TJ kerns (negative numbers move right), in thousandths of an em.
 * Character spacing adds the same amount to every gap, so leaving it out keeps their order.
 */
const readString = (glyphs: readonly unknown[]): { key: string; gaps: number[] } | undefined => {
  let key = '';
  const gaps: number[] = [];
  let pending = 0;
  let letters = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      pending -= g;
      continue;
    }
    if (!isGlyph(g)) continue;
    const unicode = typeof g.unicode === 'string' ? g.unicode : '';
    const width = typeof g.width === 'number' && Number.isFinite(g.width) ? g.width : 0;
    if (g.isSpace === true || /^\s*$/.test(unicode)) {
      pending += width;
      continue;
    }
    if (letters > 0) gaps.push(pending / 1000);
    pending = 0;
    key += unicode;
    letters++;
    if (letters > MAX_LETTERS) return undefined;
  }
  return letters >= MIN_LETTERS ? { key, gaps } : undefined;
};

/** Indexes every short drawn string of a page by its letters. */
export const indexGlyphSpacing = (ops: GlyphOps, OPS: TextOps): SpacingIndex => {
  const index = new Map<string, number[][]>();
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn !== OPS.showText && fn !== OPS.showSpacedText) continue;
    const args = ops.argsArray[i];
    const glyphs = Array.isArray(args) && Array.isArray(args[0]) ? (args[0] as unknown[]) : undefined;
    if (!glyphs) continue;
    const read = readString(glyphs);
    if (!read) continue;
    const list = index.get(read.key) ?? [];
    list.push(read.gaps);
    index.set(read.key, list);
  }
  return index;
};

/**
 * Single letters separated by single spaces: the shape pdf.js gives any letter-spaced text. A
 * hyphen spaced out like a letter ("P I E T E R - J A N") belongs to the name it joins.
 */
const LETTER_SPACED = /^\p{L}(?: [\p{L}\u002D\u2010\u2011])*(?: \p{L}){2}$/u;

/** Word breaks: gaps clearly wider than the usual gap between letters of the string. */
const breaksOf = (gaps: readonly number[]): boolean[] => {
  const sorted = [...gaps].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 3)] ?? 0;
  return gaps.map((g) => g > typical * 1.6 && g - typical > 0.15);
};

/**
 * Gives a letter-spaced item back its word breaks as double spaces (what the word joiner reads
 * as the end of a word), when the page drew exactly these letters in one operation and every
 * such drawing agrees. Anything else is returned unchanged.
 */
export const restoreWordGaps = (text: string, index: SpacingIndex): string => {
  if (!LETTER_SPACED.test(text)) return text;
  const letters = text.split(' ');
  const drawn = index.get(letters.join(''));
  if (!drawn || drawn.length === 0) return text;
  const patterns = drawn.filter((gaps) => gaps.length === letters.length - 1).map(breaksOf);
  const first = patterns[0];
  if (!first || patterns.some((p) => p.some((b, i) => b !== first[i]))) return text;
  if (!first.some(Boolean)) return text;
  return letters.map((l, i) => (i > 0 && first[i - 1] ? '  ' : i > 0 ? ' ' : '') + l).join('');
};
