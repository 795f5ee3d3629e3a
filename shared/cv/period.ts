import type { Period, YearMonth } from './model';
import { fold } from './fold';
import { MONTH_PATTERN, monthNumber } from './months';

export type PeriodKind = 'range' | 'open' | 'current' | 'single';

export interface PeriodMatch {
  period: Period;
  kind: PeriodKind;
  /** Span of the period in the searched text (end exclusive). */
  start: number;
  end: number;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const YEAR = `(?<!\\d)(?:19|20)\\d{2}(?!\\d)`;
const MONTH = `${NOT_LETTER_BEFORE}(?:${MONTH_PATTERN})${NOT_LETTER_AFTER}\\.?`;
const MM = '(?:0?[1-9]|1[0-2])';
// A numeric date starts on its own, not inside another number ("12-03-2019" holds no "03-2019"),
// except right after a year and a dash: the second half of "10.2014-02.2017".
const NUMERIC_START = '(?:(?<![\\d./-])|(?<=(?<!\\d)(?:19|20)\\d{2}\\s*-))';
// "'19" on its own (not "the '90s").
const SHORT_YEAR = `(?<![\\p{L}\\p{N}'’])['’]\\d{2}(?![\\p{L}\\p{N}'’])`;

/** One date with a year: "Jan 2020", "1. März 2017", "03/2019", "09.2015", "2019-03", "2019", "Sept '19", "'19". */
const DATE = [
  `(?:(?<!\\d)\\d{1,2}\\.?\\s*)?${MONTH},?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:${YEAR}|['’]\\d{2}(?!\\d))`,
  `${NUMERIC_START}\\d{1,2}[./-]${MM}[./-]${YEAR}`,
  `${NUMERIC_START}${MM}\\s?[./-]\\s?${YEAR}`,
  `${YEAR}[./-]${MM}(?![\\d./-])`,
  YEAR,
  SHORT_YEAR,
].join('|');

const CURRENT_WORDS = [
  'present', 'current', 'now', 'today', 'ongoing', 'date',
  'heden', 'nu', 'lopend', 'vandaag', 'huidig', 'momenteel',
  "aujourd['’]hui", 'à ce jour', 'a ce jour', 'ce jour', 'actuellement', 'actuelle', 'actuel', 'présent', 'en cours',
  'maintenant',
  'heute', 'laufend', 'derzeit', 'jetzt', 'aktuell', 'dato', 'gegenwärtig',
];
const CURRENT = `${NOT_LETTER_BEFORE}(?:${CURRENT_WORDS.join('|')})${NOT_LETTER_AFTER}`;
// Only these are safe without a date next to them ("Master (lopend)"); "present" alone is a verb.
const STANDALONE_CURRENT = `${NOT_LETTER_BEFORE}(?:lopend|laufend|ongoing|en cours|in progress)${NOT_LETTER_AFTER}`;

const SEP = [
  '\\s*[-–—‒−~→]+\\s*',
  `\\s+(?:to|until|till|through|tot(?:\\s+en\\s+met)?|t/m|à|au|jusqu['’](?:à|au|en)|bis(?:\\s+zum|\\s+zur)?|a)\\s+`,
].join('|');
const RANGE_PREFIX = `(?:${NOT_LETTER_BEFORE}(?:from|van|vanaf|de|du|von|vom|ab)\\s+)?`;
const OPEN_PREFIX = `${NOT_LETTER_BEFORE}(?:since|sinds|vanaf|depuis|seit|ab|dès|starting|started)\\s+`;
const UNTIL_PREFIX = `${NOT_LETTER_BEFORE}(?:bis|tot|jusqu['’]à|until|till|to)\\s+`;

const PATTERNS: ReadonlyArray<readonly [PeriodKind, RegExp]> = [
  ['range', new RegExp(`${RANGE_PREFIX}(${DATE}|${MONTH})(?:${SEP})(${DATE}|${CURRENT})`, 'giu')],
  // Month and two-digit year, as German CVs often write them: "09/19 – 06/21", "09/19 - heute".
  ['range', new RegExp(`(?<![\\d./-])(${MM}\\/\\d{2})(?:\\s*[-–—]\\s*)(${MM}\\/\\d{2}|${CURRENT})(?![\\d./-])`, 'giu')],
  // School and academic years: "2019/2020", "2019/20".
  ['range', new RegExp(`(?<![\\d./-])((?:19|20)\\d{2})\\s*\\/\\s*((?:19|20)?\\d{2})(?![\\d./-])`, 'gu')],
  ['open', new RegExp(`${OPEN_PREFIX}(${DATE})`, 'giu')],
  // "2019 –" with nothing after the dash: still running.
  ['open', new RegExp(`(${DATE})\\s*[-–—]+\\s*(?=$|[)\\]|,;])`, 'giu')],
  ['current', new RegExp(`${UNTIL_PREFIX}(${CURRENT})`, 'giu')],
  ['single', new RegExp(`(${DATE})`, 'giu')],
];
const STANDALONE = new RegExp(`^\\s*[([]?\\s*(${STANDALONE_CURRENT})\\s*[)\\]]?\\s*$|[([]\\s*(${STANDALONE_CURRENT})\\s*[)\\]]`, 'iu');

const YEAR_RE = /(?:19|20)\d{2}|['’]\d{2}/u;
const twoDigitYear = (digits: string): number => {
  const n = Number(digits);
  return n <= 50 ? 2000 + n : 1900 + n;
};

/** A written date → year and month. A month without a year takes the year given. */
export const parseDate = (text: string, fallbackYear?: number): YearMonth | undefined => {
  const t = text.trim();
  const short = /^(\d{1,2})\/(\d{2})$/.exec(t);
  if (short) {
    const month = Number(short[1]);
    return month >= 1 && month <= 12 ? { year: twoDigitYear(short[2] ?? ''), month } : undefined;
  }
  const yearText = YEAR_RE.exec(t)?.[0];
  const year = yearText ? (yearText.length === 4 ? Number(yearText) : twoDigitYear(yearText.slice(1))) : fallbackYear;
  if (year === undefined) return undefined;
  const named = new RegExp(`(?:${MONTH_PATTERN})`, 'iu').exec(t);
  const month = named ? monthNumber(named[0]) : numericMonth(t);
  return month === undefined ? { year } : { year, month };
};

const numericMonth = (t: string): number | undefined => {
  const dmy = /^\d{1,2}[./-](\d{1,2})[./-]\d{4}$/.exec(t);
  const my = /^(\d{1,2})\s?[./-]\s?\d{4}$/.exec(t);
  const ym = /^\d{4}[./-](\d{1,2})$/.exec(t);
  const m = Number((dmy ?? my ?? ym)?.[1] ?? NaN);
  return m >= 1 && m <= 12 ? m : undefined;
};

const isCurrentWord = (text: string): boolean => new RegExp(`^${CURRENT}$`, 'iu').test(fold(text).trim()) || new RegExp(`^${CURRENT}$`, 'iu').test(text.trim());

const build = (kind: PeriodKind, m: RegExpExecArray): PeriodMatch | undefined => {
  const text = m[0].trim();
  const start = m.index + m[0].indexOf(text);
  const span = { start, end: start + text.length };
  const first = m[1] ?? '';
  if (kind === 'current') return { kind, ...span, period: { current: true, text } };
  if (kind === 'single') {
    const d = parseDate(first);
    return d ? { kind, ...span, period: { from: d, to: d, current: false, text } } : undefined;
  }
  if (kind === 'open') {
    const d = parseDate(first);
    return d ? { kind, ...span, period: { from: d, current: true, text } } : undefined;
  }
  const second = m[2] ?? '';
  if (isCurrentWord(second)) {
    const from = parseDate(first);
    return from ? { kind, ...span, period: { from, current: true, text } } : undefined;
  }
  // "2019/20": the second year written with two digits takes the century of the first.
  const to = parseDate(/^\d{2}$/.test(second) ? `${first.slice(0, 2)}${second}` : second);
  const from = to ? parseDate(first, to.year) : undefined;
  if (!from || !to || (/^[\d/]+$/.test(second) && to.year < from.year)) return undefined;
  return { kind, ...span, period: { from, to, current: false, text } };
};

const PRIORITY: Readonly<Record<PeriodKind, number>> = { range: 0, open: 1, current: 2, single: 3 };

/** Every period in the text, strongest kinds first, without overlaps, in order of position. */
export const findPeriods = (text: string): PeriodMatch[] => {
  const found: PeriodMatch[] = [];
  const overlaps = (p: PeriodMatch) => found.some((f) => p.start < f.end && f.start < p.end);
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const p = build(kind, m);
      if (p && !overlaps(p)) found.push(p);
    }
  }
  if (found.length === 0) {
    const s = STANDALONE.exec(text);
    const word = s?.[1] ?? s?.[2];
    if (s && word) {
      const start = s.index + s[0].indexOf(word);
      found.push({ kind: 'current', start, end: start + word.length, period: { current: true, text: word } });
    }
  }
  return found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
};

/** The strongest (then leftmost) period in a line, with its span. */
export const findPeriod = (text: string): PeriodMatch | undefined => findPeriods(text)[0];

/** The text parsed as a period when the period is all there is (brackets and punctuation aside). */
export const parsePeriod = (text: string): Period | undefined => {
  const m = findPeriod(text);
  if (!m) return undefined;
  const rest = text.slice(0, m.start) + text.slice(m.end);
  return /[\p{L}\p{N}]/u.test(rest) ? undefined : m.period;
};

/** The line without the period: empty brackets and dangling separators around it are removed too. */
export const withoutPeriod = (text: string, m: Pick<PeriodMatch, 'start' | 'end'>): string =>
  (text.slice(0, m.start) + ' ' + text.slice(m.end))
    .replace(/[([]\s*[)\]]/g, ' ')
    .replace(/\s*[|·•,;:–—-]\s*(?=[|·•,;:–—-]|$)/g, '')
    .replace(/^\s*[|·•,;:–—-]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
