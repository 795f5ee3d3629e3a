/**
 * Comparison forms of text. CVs spell the same word with and without accents ("Etudes", "Études"),
 * in any case, with ligatures or typographic apostrophes, so every dictionary lookup goes through
 * these instead of comparing raw strings.
 */

const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case, no diacritics, typographic apostrophes and dashes made plain. Length may change. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßœæøłđı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[‘’‛ʼ´`]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-');

/** Folded and stripped of everything but letters and digits: "EDV-Kenntnisse:" → "edvkenntnisse". */
export const compact = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Folded words (letters, digits, inner apostrophes and hyphens kept). */
export const foldedWords = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

/** Raw words of a line, split on white space. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** At least two letters and none of them lower case. */
export const isAllCaps = (text: string): boolean => {
  let letters = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (LOWER.test(ch)) return false;
    letters += 1;
  }
  return letters >= 2;
};

/** The first letter of the text, if any. */
export const firstLetter = (text: string): string | undefined => {
  for (const ch of text) if (LETTER.test(ch)) return ch;
  return undefined;
};

export const startsUpper = (text: string): boolean => {
  const ch = firstLetter(text);
  return ch !== undefined && UPPER.test(ch);
};

export const startsLower = (text: string): boolean => {
  const trimmed = text.trimStart();
  const ch = trimmed.charAt(0);
  return ch.length > 0 && LOWER.test(ch);
};

/** "JEAN-PIERRE D'HONDT" → "Jean-Pierre D'Hondt": capitalise after start, space, hyphen, apostrophe. */
export const titleCaseWord = (word: string): string =>
  word.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
