import type { Language } from './model';
import { fold } from './fold';
import { CHARACTER_HINTS, FUNCTION_WORDS, type ScoredLanguage } from './language-words';

const SCORED = Object.keys(FUNCTION_WORDS) as ScoredLanguage[];
const SUPPORTED: ReadonlySet<string> = new Set(['nl', 'fr', 'en', 'de']);

// A word listed by several languages ("de", "in", "en") counts for each of them in part.
const WORD_WEIGHTS: ReadonlyMap<string, ReadonlyArray<readonly [ScoredLanguage, number]>> = (() => {
  const owners = new Map<string, Set<ScoredLanguage>>();
  for (const lang of SCORED) {
    for (const w of FUNCTION_WORDS[lang]) {
      const set = owners.get(w) ?? new Set<ScoredLanguage>();
      set.add(lang);
      owners.set(w, set);
    }
  }
  const weights = new Map<string, Array<readonly [ScoredLanguage, number]>>();
  for (const [w, set] of owners) weights.set(w, [...set].map((l) => [l, 1 / set.size] as const));
  return weights;
})();

const HINT_WEIGHT = 0.25;
/** Below this much evidence the text is too short to tell. */
const MIN_SCORE = 3;
/** The winner must beat the runner-up by this factor, or the text is mixed / unknown. */
const MIN_LEAD = 1.3;
/** CVs are long; the first few thousand words decide as well as all of them. */
const MAX_WORDS = 4000;

export type LanguageScores = Readonly<Record<ScoredLanguage, number>>;

/** Evidence per language; exposed for tests and for callers that want to show a confidence. */
export const languageScores = (text: string): LanguageScores => {
  const scores: Record<ScoredLanguage, number> = { nl: 0, fr: 0, en: 0, de: 0, es: 0, it: 0, pt: 0 };
  // E-mail addresses and URLs are names, not language.
  const cleaned = text.replace(/\S+@\S+|\S*(?:https?:\/\/|www\.)\S*/gi, ' ');
  const raw = cleaned.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  for (const word of raw.slice(0, MAX_WORDS)) {
    const folded = fold(word);
    for (const part of folded.split("'")) {
      for (const [lang, weight] of WORD_WEIGHTS.get(part) ?? []) scores[lang] += weight;
    }
    if (word.length < 3) continue;
    for (const [re, lang] of CHARACTER_HINTS) if (re.test(word)) scores[lang] += HINT_WEIGHT;
  }
  return scores;
};

/**
 * The language of a CV's text: 'nl', 'fr', 'en' or 'de', or 'other' when the text is too short,
 * mixed without a clear majority, or in another language (Spanish, Italian, ...). `fallback` is
 * read only when `text` is too short to tell.
 */
export const detectLanguage = (text: string, fallback?: string): Language => {
  const ranked = Object.entries(languageScores(text)).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Too little to tell: a wider text (the same document with its furniture) may say more.
  if (!best || best[1] < MIN_SCORE) return fallback === undefined ? 'other' : detectLanguage(fallback);
  if (second && best[1] < second[1] * MIN_LEAD) return 'other';
  return SUPPORTED.has(best[0]) ? (best[0] as Language) : 'other';
};
