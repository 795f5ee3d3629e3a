/**
 * Case- and accent-insensitive views of a text that remember where each character came from, so
 * a match in the folded text maps back to exact offsets in the original.
 */
export interface View {
  text: string;
  /** starts[i]: offset in the original where folded char i's source begins. */
  starts: number[];
  /** ends[i]: offset in the original just after folded char i's source. */
  ends: number[];
}

// Letters that NFKD does not decompose but that people write without the mark (e-mail local
// parts, URL slugs), and punctuation variants that PDFs and Word produce for the same thing.
const EXTRA: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ß: 'ss',
  þ: 'th',
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u00B4': "'",
  '`': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\t': ' ',
};

const foldChar = (ch: string): string => {
  const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const c of plain) out += EXTRA[c] ?? c;
  return out;
};

/** Lower case, marks stripped, ligatures and compatibility forms expanded, dashes and quotes unified. */
export const fold = (text: string): View => {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    out += f;
    i += ch.length;
  }
  return { text: out, starts, ends };
};

/** Folds a single term (a lexicon entry, a name part) without keeping a map. */
export const foldTerm = (text: string): string => fold(text).text;

/** Maps a [start, end) span of a view back to the original text. */
export const toOriginal = (view: View, start: number, end: number): [number, number] => {
  const s = view.starts[start] ?? view.ends[view.ends.length - 1] ?? 0;
  const e = end > start ? (view.ends[end - 1] ?? s) : s;
  return [s, e];
};

/** A view of a view: the inner view's offsets are composed with the outer one's. */
export const compose = (outer: View, inner: View): View => ({
  text: inner.text,
  starts: inner.starts.map((s) => outer.starts[s] ?? 0),
  ends: inner.ends.map((e) => outer.ends[e - 1] ?? 0),
});

/** The identity view of a plain string. */
export const identity = (text: string): View => ({
  text,
  starts: Array.from({ length: text.length }, (_, i) => i),
  ends: Array.from({ length: text.length }, (_, i) => i + 1),
});
