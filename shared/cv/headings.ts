import type { SectionKind } from './model';
import { compact, fold } from './fold';
import { normaliseText } from './normalise';
import { HEADING_TERMS, MODIFIERS, OTHER_TERMS, WEAK_TERMS, type HeadingRole } from './heading-terms';

export interface HeadingMatch {
  kind: SectionKind;
  /** For kind 'other': a cover letter, a document title ("Lebenslauf"), or another known heading. */
  role?: HeadingRole;
  /** A word that is a heading only when typography says so too ("Contact", "Tools"). */
  weak: boolean;
  /** "Résumé" is a profile heading in French CVs but the title of the whole document in English ones. */
  maybeDocumentTitle?: boolean;
}

const TABLE = ((): ReadonlyMap<string, HeadingMatch> => {
  const weak = new Set(WEAK_TERMS.map(compact));
  const table = new Map<string, HeadingMatch>();
  const add = (term: string, kind: SectionKind, role?: HeadingRole) => {
    const key = compact(term);
    if (table.has(key)) return;
    table.set(key, { kind, weak: weak.has(key), ...(role ? { role } : {}) });
  };
  for (const [kind, terms] of Object.entries(HEADING_TERMS) as Array<[SectionKind, readonly string[]]>) {
    for (const term of terms) add(term, kind);
  }
  for (const [role, terms] of Object.entries(OTHER_TERMS) as Array<[HeadingRole, readonly string[]]>) {
    for (const term of terms) add(term, 'other', role);
  }
  return table;
})();

const MODIFIER_KEYS: ReadonlySet<string> = new Set(MODIFIERS.map(compact));
const AMBIGUOUS_TITLE = compact('résumé');

const MAX_LENGTH = 60;
const MAX_WORDS = 7;

/** Numbering, decoration and trailing punctuation around a heading: "1. ", "■ ", "— X —", "X:". */
const stripDecoration = (text: string): string =>
  text
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[ivxIVX]{1,4}|[a-hA-H])[.)]\s+/, '')
    .replace(/\s*[([]\s*(?:cont(?:'d|\.|inued)?|vervolg|suite|fortsetzung|forts\.)\s*[)\]]\s*$/i, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}.)]+$/u, '')
    .replace(/\.$/, '');

const lookup = (words: readonly string[]): HeadingMatch | undefined => {
  let lo = 0;
  let hi = words.length;
  // Try the whole phrase, then with qualifying words peeled off either end.
  while (lo < hi) {
    const hit = TABLE.get(words.slice(lo, hi).join(''));
    if (hit) return hit;
    const first = words[lo] ?? '';
    const last = words[hi - 1] ?? '';
    if (MODIFIER_KEYS.has(first)) lo += 1;
    else if (MODIFIER_KEYS.has(last)) hi -= 1;
    else return undefined;
  }
  return undefined;
};

const keyWords = (text: string): string[] =>
  fold(text)
    .split(/\s+/)
    .map(compact)
    .filter((w) => w.length > 0);

// "Education & Training", "Talen en interesses", "Formation et diplômes": joined headings.
const COMBINATION = /\s*(?:[&+/|,·•]|\s(?:and|en|et|und|e|y)\s)\s*/i;

/**
 * The section kind a heading names, or undefined. Case, accents, letter-spacing, numbering, trailing
 * colons and decoration do not matter; a sentence never matches because the whole line must be a
 * heading (optionally with qualifiers or a second, joined heading).
 */
export const matchHeading = (text: string): HeadingMatch | undefined => {
  const core = stripDecoration(normaliseText(text));
  if (core.length > MAX_LENGTH) return undefined;
  if (core.length === 0 || core.split(/\s+/).length > MAX_WORDS) return undefined;
  const whole = TABLE.get(compact(core)) ?? lookup(keyWords(core));
  // Otherwise the first part decides; the last one only after qualifiers ("Schulische und
  // akademische Ausbildung"), never after content ("Master ingénieur civil en informatique").
  const parts = core.split(COMBINATION).filter((p) => p.length > 0);
  const tryPart = (part: string | undefined) => (part ? (TABLE.get(compact(part)) ?? lookup(keyWords(part))) : undefined);
  const qualifiersOnly = parts.slice(0, -1).every((p) => keyWords(p).every((w) => MODIFIER_KEYS.has(w)));
  const found =
    whole ?? (parts.length > 1 ? (tryPart(parts[0]) ?? (qualifiersOnly ? tryPart(parts[parts.length - 1]) : undefined)) : undefined);
  if (!found) return undefined;
  return compact(core) === AMBIGUOUS_TITLE ? { ...found, maybeDocumentTitle: true } : found;
};

/** True when the text names a section heading of any kind, e.g. to rule it out as a person's name. */
export const isHeadingWord = (text: string): boolean => matchHeading(text) !== undefined;
