import { fold } from './fold';

/**
 * Month names and their abbreviations in English, Dutch, French and German, as written in CVs
 * (with and without accents; the dot after an abbreviation is optional and handled by the pattern).
 */
const NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan januari janvier janv januar jänner jaenner'],
  [2, 'february feb febr februari février fevrier févr fevr fév fev februar'],
  [3, 'march mar maart mrt mars märz maerz mär mrz'],
  [4, 'april apr avril avr'],
  [5, 'may mei mai'],
  [6, 'june jun juni juin'],
  [7, 'july jul juli juillet juil'],
  [8, 'august aug augustus août aout aoû'],
  [9, 'september sep sept septembre'],
  [10, 'october oct oktober okt octobre'],
  [11, 'november nov novembre'],
  [12, 'december dec dez decembre décembre déc dezember'],
];

const BY_NAME: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([n, names]) => names.split(' ').map((name) => [fold(name), n] as const)),
);

/** Regex source matching any month name (longest first, so "sept" wins over "sep"). */
export const MONTH_PATTERN: string = [
  ...new Set(NAMES.flatMap(([, names]) => names.split(' '))),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

export const monthNumber = (name: string): number | undefined => BY_NAME.get(fold(name).replace(/\.$/, ''));

/** Names to write a month with, per language: full and abbreviated (for tests and round trips). */
export const MONTH_NAMES: Readonly<Record<'en' | 'nl' | 'fr' | 'de', readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

export const MONTH_ABBREVIATIONS: Readonly<Record<'en' | 'nl' | 'fr' | 'de', readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};
