import type { CvLine } from './normalise';

// "hoofd- en bijzaken", "Vor- und Nachname", "pré- ou post-": the hyphen is a suspended compound,
// not a line-end break, when a conjunction follows.
const CONJUNCTIONS = new Set(['en', 'of', 'und', 'oder', 'bzw', 'et', 'ou', 'and', 'or', 'tot', 'bis']);

const sameFlow = (a: CvLine, b: CvLine): boolean =>
  a.page === b.page && (a.column ?? 0) === (b.column ?? 0) && a.region === b.region && a.block !== 'table-row';

/**
 * Rejoin words hyphenated at a line end: "manage-" + "ment of …" → "management" + "of …". The
 * fragment moves up so each line keeps its own place; a line left empty disappears. Only when the
 * next line starts lower case (a capital means a compound like "Noord-" + "Holland").
 */
export const dehyphenate = (lines: readonly CvLine[]): CvLine[] => {
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i];
    const next = out[i + 1];
    if (!line || !next || next.bullet || !sameFlow(line, next)) continue;
    if (!/\p{L}-$/u.test(line.text)) continue;
    const m = /^(\p{Ll}[\p{L}\p{N}'’-]*)([.,;:!?)]*)(?:\s+|$)/u.exec(next.text);
    if (!m || CONJUNCTIONS.has(m[1] ?? '')) continue;
    out[i] = { ...line, text: line.text.slice(0, -1) + m[0].trimEnd() };
    out[i + 1] = { ...next, text: next.text.slice(m[0].length) };
  }
  return out.filter((l) => l.text.length > 0);
};
