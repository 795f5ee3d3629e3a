/** Regex helpers shared by the detectors. Lexicon terms are written folded (see fold.ts). */

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No letter or digit may touch the term on either side (JS `\b` is ASCII-only). */
export const B_START = '(?<![\\p{L}\\p{N}])';
export const B_END = '(?![\\p{L}\\p{N}])';

/** Alternation of regex sources, bounded as whole words; `u` flag, global when asked. */
export const wordsRx = (sources: readonly string[], flags = 'u'): RegExp =>
  new RegExp(`${B_START}(?:${sources.join('|')})${B_END}`, flags);

/** Alternation of literal phrases (escaped), whitespace-tolerant, bounded as whole words. */
export const phrasesRx = (phrases: readonly string[], flags = 'u'): RegExp =>
  wordsRx(
    [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')),
    flags,
  );

/** Every match of a global regex as [start, end, groups]. */
export const allMatches = (rx: RegExp, text: string): RegExpExecArray[] => {
  const g = rx.global ? rx : new RegExp(rx.source, `${rx.flags}g`);
  g.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
};

/** Replaces the given [start, end) ranges of a string with spaces, keeping its length. */
export const blank = (text: string, ranges: readonly (readonly [number, number])[]): string => {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const [s, e] of ranges) for (let i = Math.max(0, s); i < Math.min(e, chars.length); i++) chars[i] = ' ';
  return chars.join('');
};

export const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/** Trims whitespace and list markers from a span of `text`. */
export const trimSpan = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  while (s < e && /[\s•·▪●◦■►▸\-*–—|;,]/u.test(text.charAt(s))) s++;
  while (e > s && /[\s|;,]/u.test(text.charAt(e - 1))) e--;
  return [s, e];
};
