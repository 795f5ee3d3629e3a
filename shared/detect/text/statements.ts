/**
 * Statement boundaries inside one unit: sentences, plus items separated by bullets or pipes
 * (CV lines list several facts that way: "Married | 2 children | member of ACV").
 * Special categories redact the statement, so a boundary missed here over-redacts (fine) and a
 * boundary invented here under-redacts (not fine): splitting stays conservative.
 */
import { trimSpan } from './patterns';

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nr', 'bv', 'b.v', 'o.a', 'm.b.t', 'i.p.v', 'ca',
  'dhr', 'mevr', 'mw', 'ir', 'ing', 'drs', 'mr', 'p.ex', 'cf', 'env', 'mme', 'mlle', 'z.b', 'bzw', 'ggf', 'usw', 'inkl',
  'ca', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'incl', 'resp',
  'approx', 'dept', 'tel', 'gsm', 'fax', 'str', 'av', 'bd', 'bte', 'geb', 'ex',
]);

const endsWithAbbreviation = (before: string): boolean => {
  const m = /([\p{L}.]+)$/u.exec(before);
  if (!m?.[1]) return false;
  const word = m[1].toLowerCase().replace(/^\.+/, '');
  // A single letter before the stop is an initial ("J. Peeters").
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
};

/** [start, end) spans of the statements of `text`, trimmed; never empty. */
export const splitStatements = (text: string): [number, number][] => {
  const spans: [number, number][] = [];
  let from = 0;
  const push = (to: number): void => {
    const [s, e] = trimSpan(text, from, to);
    if (e > s) spans.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const next = text.charAt(i + 1);
    // Not at ';': "Convicted in 2015; licence suspension ended" is one fact, and removing too much is the safe side.
    if (ch === '|' || ch === '•' || ch === '▪' || ch === '●') {
      push(i);
      from = i + 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && (next === '' || /\s/u.test(next))) {
      const after = text.slice(i + 1).trimStart();
      const startsNew = after === '' || /^[\p{Lu}\p{N}"'«(]/u.test(after);
      if (startsNew && !(ch === '.' && endsWithAbbreviation(text.slice(from, i)))) {
        push(i + 1);
        from = i + 1;
      }
    } else if (ch === ' ' && next === '·' && text.charAt(i + 2) === ' ') {
      push(i);
      from = i + 2;
    }
  }
  push(text.length);
  return spans;
};
