/** Month names and abbreviations (folded) in NL, FR, EN and DE, with their number. */
const LISTS: readonly (readonly [number, string])[] = [
  [1, 'januari jan janvier janv january januar janner'],
  [2, 'februari feb febr fevrier fevr fev february februar'],
  [3, 'maart mrt mar mars march marz mrz'],
  [4, 'april apr avril avr'],
  [5, 'mei mai may'],
  [6, 'juni jun juin june'],
  [7, 'juli jul juillet juil july'],
  [8, 'augustus aug aout august'],
  [9, 'september sep sept septembre'],
  [10, 'oktober okt oct octobre october'],
  [11, 'november nov novembre'],
  [12, 'december dec decembre dezember dez'],
];

export const MONTHS: ReadonlyMap<string, number> = new Map(
  LISTS.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as const)),
);

/** Regex source matching any month word (folded text), optional abbreviation dot. */
export const MONTH_SOURCE = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
