import { identifier, sectionOf } from '../finding';
import { LABELS } from '../lexicon/labels';
import { LANGUAGE_LEVEL_SOURCES } from '../lexicon/language-levels';
import { MONTH_SOURCE } from '../lexicon/months';
import { LANGUAGE_LIKE, NATIONALITY_WORDS } from '../lexicon/nationalities';
import { fold, toOriginal, type View } from '../text/fold';
import { allMatches, B_END, B_START, wordsRx } from '../text/patterns';
import type { IdentifierFinding, IdentifierType, TextUnit } from '../types';

const NUM_DATE = '(?:\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?(?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})';
const WORD_DATE = `(?:\\d{1,2}(?:st|nd|rd|th|er|e|\\.)?\\s+${MONTH_SOURCE}\\s+(?:19|20)\\d{2}|${MONTH_SOURCE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})`;
const DATE = `(?:${WORD_DATE}|${NUM_DATE})`;
const YEAR = '(?:19|20)\\d{2}';
const label = (sources: readonly string[]) => `(?:${sources.join('|')})`;
const LAB_SEP = '\\s*(?:\\([a-z.]{1,6}\\))?\\s*[:=\\-–]?\\s*';
const PLACE = "\\p{Lu}[\\p{L}'’-]*(?:[\\s-](?:\\p{Lu}[\\p{L}'’-]*|sur|sous|en|am|an|der|aan|de|den|la|le|les|im|ob|bei|upon|\\(\\p{Lu}{1,3}\\)))*";

// Birth date after its label, or after the signs Belgians and Germans use for "born" (° and *).
const BIRTH_DATE = new RegExp(`${B_START}${label(LABELS.birthDate)}${LAB_SEP}(?:(?:on|op|le|am|den)\\s+)?(${DATE}|${YEAR})`, 'gu');
const BIRTH_SIGN = new RegExp(`(?:°|\\*)\\s?(${DATE})`, 'gu');
const JAHRGANG = new RegExp(`${B_START}(?:jahrgang|bouwjaar|annee de naissance|geboortejaar|year of birth|birth year|geburtsjahr)${LAB_SEP}(${YEAR})`, 'gu');
const BARE_DATE = new RegExp(`${B_START}(${DATE})${B_END}`, 'gu');

// "34 jaar", "34 ans", "34 Jahre", "34 years old", "34-jarige", "age: 34".
const UNIT_AGE = '(?:jaar|jaren|ans|an|jahre|jahren|years?|yrs?|y\\.?o\\.?)';
const AGE_OLD = new RegExp(`${B_START}([1-8]\\d)\\s*${UNIT_AGE}\\s*(?:oud|old|alt)${B_END}`, 'gu');
const AGE_ADJ = new RegExp(`${B_START}([1-8]\\d)[\\s-]?(?:jarige|year-old|years-old|jahrige[rn]?|jahriger)${B_END}`, 'gu');
const AGE_SELF = new RegExp(`${B_START}(?:i am|i'm|ik ben|je suis|j'ai|ich bin|hij is|zij is|il a|elle a|er ist|sie ist)\\s+([1-8]\\d)\\s*${UNIT_AGE}${B_END}`, 'gu');
const AGE_LABEL = new RegExp(`${B_START}${label(LABELS.age)}${LAB_SEP}([1-8]\\d(?:\\s*${UNIT_AGE})?)${B_END}`, 'gu');
const AGE_BARE = new RegExp(`${B_START}([1-8]\\d)\\s*${UNIT_AGE}${B_END}`, 'gu');
// Durations of work or study, never ages: "15 jaar ervaring", "10 years in IT".
const DURATION_AFTER =
  /^\s*(?:of|in|at|as|bij|in|als|ervaring|werkervaring|experience|professional|relevant|d'experience|d'anciennete|dans|chez|comme|en|de|erfahrung|berufserfahrung|im|in|als|bei|lang|long|durant|pendant|during|gedurende|plus|ago|geleden|auparavant|her|fur|for|voor|pour|in de|within|binnen|ervaring|service|dienst|anciennete)\b/u;
const DURATION_BEFORE = /(?:\+|plus de|meer dan|ruim|over|more than|mehr als|uber|bijna|almost|presque|fast|since|depuis|sinds|seit|na|after|apres|nach|de|van|von|tot|to|a|bis|-|–|\d)\s*$/u;

const NATIONALITY_RX = wordsRx(NATIONALITY_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'gu');
const NATIONALITY_LABEL = new RegExp(`${B_START}${label(LABELS.nationality)}${LAB_SEP}`, 'gu');
const NATIONALITY_PHRASE = new RegExp(
  `${B_START}(?:of|van|de|mit|met)\\s+(?:\\p{L}+\\s+){0,1}(?:nationality|nationaliteit|nationalite|staatsangehorigkeit)${B_END}|${B_START}\\p{L}+\\s+(?:nationality|nationaliteit|staatsangehorigkeit|staatsburger(?:schaft)?|citizen(?:ship)?)${B_END}|${B_START}(?:nationalite|citoyennete)\\s+\\p{L}+${B_END}`,
  'gu',
);
const NAT_ALT = NATIONALITY_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const NATIONALITY_SEQUENCE = new RegExp(`^(?:${NAT_ALT})(?:\\s*(?:/|,|&|en|et|and|und)\\s*(?:${NAT_ALT}))*${B_END}`, 'u');
const LANGUAGE_CUE = wordsRx([...LANGUAGE_LEVEL_SOURCES], 'u');
// Short people-words that are also ordinary words: only after a nationality label.
const AMBIGUOUS_NATIONALITY = new Set(['pool', 'pole', 'ire', 'rus', 'brit', 'belg', 'turk', 'english', 'engels', 'deutsch', 'black', 'white']);

const GENDER_VALUES =
  'male|female|man|woman|vrouw|vrouwelijk|mannelijk|homme|femme|masculin|feminin|mann|frau|mannlich|weiblich|divers|non-binary|non-binair|non-binaire|x|m|f|v|h|w|d';
const GENDER_LABEL = new RegExp(`${B_START}${label(LABELS.gender)}${LAB_SEP}(${GENDER_VALUES})${B_END}`, 'gu');
const GENDER_HONORIFIC = /^(?:mr|mrs|ms|miss|dhr|mevr|mw|mevrouw|meneer|de heer|mme|mlle|madame|monsieur|mademoiselle|herr|frau)\.?(?=\s+\p{L})/u;

const MARITAL_WORDS =
  'single|married|divorced|separated|widowed|widow|widower|engaged|legally cohabiting|cohabiting|in a relationship|civil partnership|registered partnership|' +
  'ongehuwd|gehuwd|getrouwd|samenwonend|wettelijk samenwonend|feitelijk samenwonend|gescheiden|weduwe|weduwnaar|alleenstaand|vrijgezel|verloofd|' +
  'celibataire|cohabitant(?:e)? legal(?:e)?|marie|mariee|divorce|divorcee|separe|separee|veuf|veuve|pacse|pacsee|en couple|concubinage|cohabitant|cohabitante|cohabitation legale|fiance|fiancee|' +
  'ledig|verheiratet|eingetragene partnerschaft|geschieden|getrennt lebend|verwitwet|verlobt|in partnerschaft|eingetragene lebenspartnerschaft|alleinstehend';
const MARITAL_LABEL = new RegExp(`${B_START}${label(LABELS.marital)}${LAB_SEP}([^,;|]{2,60})`, 'gu');
const MARITAL_TERM = new RegExp(`${B_START}(?:${MARITAL_WORDS})${B_END}`, 'gu');
const NUMBER_WORD = '(?:\\d{1,2}|one|two|three|four|five|een|twee|drie|vier|vijf|un|une|deux|trois|quatre|cinq|ein|eine|einem|zwei|drei|vier|funf)';
const CHILDREN = new RegExp(
  `${B_START}(?:${NUMBER_WORD}\\s+(?:children|child|kids|kinderen|kind|enfants?|kinder|kindern|sons?|daughters?|zonen|zoon|dochters?|fils|filles?|sohne|sohn|tochter|tochtern)|(?:father|mother|parent|vader|moeder|papa|mama|pere|mere|vater|mutter)\\s+(?:of|van|de|d'|von)\\s+(?:${NUMBER_WORD}|a|een|un|une|ein|einem|einer)(?:\\s+(?:children|child|kids|kinderen|kind|enfants?|kindern?|sohnen|tochtern))?|no children|geen kinderen|sans enfants?|keine kinder|kinderlos)${B_END}`,
  'gu',
);
// "single" is also "single sign-on", "single page app", "single point of contact".
const NOT_MARITAL_AFTER = /^[\s-]*(?:sign|page|point|source|responsibility|threaded|thread|board|player|cell|mode|user|tenant|instance|file|entry|market|window|shot|malt|use|handed|handedly)/u;

const PERSONAL_SECTIONS = new Set(['header', 'personal', 'furniture', 'properties']);

type Push = (s: number, e: number, type: IdentifierType, confidence: number, rule: string) => void;

const group1 = (m: RegExpExecArray): [number, number] => {
  const g = m[1] ?? m[0];
  const at = m.index + m[0].lastIndexOf(g);
  return [at, at + g.length];
};

const birthFacts = (v: View, push: Push, personal: boolean) => {
  const dates: [number, number][] = [];
  for (const rx of [BIRTH_DATE, BIRTH_SIGN, JAHRGANG]) {
    for (const m of allMatches(rx, v.text)) {
      const [s, e] = group1(m);
      dates.push([s, e]);
      push(s, e, 'birth-date', 0.97, rx === BIRTH_SIGN ? 'birth-date-sign' : 'birth-date-labelled');
    }
  }
  // A full date with no label where contact details live is almost always the birth date.
  if (personal)
    for (const m of allMatches(BARE_DATE, v.text)) {
      const [s, e] = group1(m);
      if (!/\d{1,2}\D+\d{1,2}\D+\d{2,4}|\d{1,2}\s+\p{L}/u.test(m[0])) continue;
      push(s, e, 'birth-date', 0.8, 'birth-date-personal');
    }
  return dates;
};

const birthPlaces = (v: View, original: string, push: Push, dates: readonly [number, number][]) => {
  const labelRx = new RegExp(`${B_START}${label(LABELS.birthPlace)}${LAB_SEP}`, 'gu');
  const place = new RegExp(`^${PLACE}`, 'u');
  const at = (from: number, confidence: number, rule: string) => {
    const [os] = toOriginal(v, from, from + 1);
    const m = place.exec(original.slice(os));
    if (!m || /^\d/.test(m[0])) return;
    const rel = v.starts.findIndex((x) => x >= os + m[0].length);
    push(from, rel < 0 ? v.text.length : rel, 'birth-place', confidence, rule);
  };
  for (const m of allMatches(labelRx, v.text)) at(m.index + m[0].length, 0.95, 'birth-place-labelled');
  // "12/03/1987 te Gent", "12.03.1987 in Köln", "le 12 mars 1987 à Liège", "° Gent, 12/03/1987".
  for (const [, e] of dates) {
    const after = /^\s*(?:,|te|in|a|at|zu)\s+/u.exec(v.text.slice(e));
    if (after) at(e + after[0].length, 0.9, 'birth-place-after-date');
  }
  for (const m of allMatches(/°\s*(?=\p{L})/gu, v.text)) at(m.index + m[0].length, 0.9, 'birth-place-sign');
};

const ages = (v: View, push: Push, personal: boolean) => {
  for (const [rx, conf, rule] of [
    [AGE_OLD, 0.95, 'age-old'],
    [AGE_ADJ, 0.93, 'age-adjective'],
    [AGE_SELF, 0.95, 'age-self'],
    [AGE_LABEL, 0.95, 'age-labelled'],
  ] as const)
    for (const m of allMatches(rx, v.text)) {
      const [s, e] = rx === AGE_LABEL ? group1(m) : [m.index, m.index + m[0].length];
      push(s, e, 'age', conf, rule);
    }
  for (const m of allMatches(AGE_BARE, v.text)) {
    const after = v.text.slice(m.index + m[0].length);
    const before = v.text.slice(Math.max(0, m.index - 16), m.index);
    if (DURATION_AFTER.test(after) || DURATION_BEFORE.test(before)) continue;
    // Elsewhere than in the contact block an age needs to stand alone: "Jan, 34 jaar, ..."
    if (!personal && !/^\s*(?:[,;.)|]|$)/u.test(after)) continue;
    push(m.index, m.index + m[0].length, 'age', personal ? 0.85 : 0.75, 'age-bare');
  }
};

const nationalities = (v: View, push: Push, unit: TextUnit, personal: boolean) => {
  for (const m of allMatches(NATIONALITY_LABEL, v.text)) {
    const from = m.index + m[0].length;
    const rest = v.text.slice(from);
    const words = NATIONALITY_SEQUENCE.exec(rest);
    const value = words?.[0] ?? /^[^,;|(:]{2,30}?(?=\s*(?:[,;|(:]|\s{2}|$))/u.exec(rest)?.[0] ?? '';
    if (value.trim()) push(from, from + value.trimEnd().length, 'nationality', 0.97, 'nationality-labelled');
  }
  for (const m of allMatches(NATIONALITY_PHRASE, v.text)) push(m.index, m.index + m[0].length, 'nationality', 0.93, 'nationality-phrase');
  // A bare nationality word counts where contact details live, unless the line is about languages.
  if (!personal || sectionOf(unit) === 'languages' || LANGUAGE_CUE.test(v.text)) return;
  for (const m of allMatches(NATIONALITY_RX, v.text)) {
    if (AMBIGUOUS_NATIONALITY.has(m[0]) || LANGUAGE_LIKE.has(m[0])) continue;
    push(m.index, m.index + m[0].length, 'nationality', 0.8, 'nationality-word');
  }
};

const genders = (v: View, push: Push, unit: TextUnit) => {
  for (const m of allMatches(GENDER_LABEL, v.text)) {
    const [s, e] = group1(m);
    push(s, e, 'gender', 0.95, 'gender-labelled');
  }
  const h = GENDER_HONORIFIC.exec(v.text);
  if (h && (unit.kind === 'header' || sectionOf(unit) === 'personal')) push(0, h[0].length, 'gender', 0.85, 'gender-honorific');
  if (sectionOf(unit) === 'personal' || unit.kind === 'header') {
    const alone = /^\s*(male|female|man|vrouw|homme|femme|mannlich|weiblich)\s*$/u.exec(v.text);
    if (alone) push(v.text.indexOf(alone[1] ?? ''), v.text.indexOf(alone[1] ?? '') + (alone[1]?.length ?? 0), 'gender', 0.85, 'gender-word');
  }
};

const maritals = (v: View, push: Push, personal: boolean) => {
  for (const m of allMatches(MARITAL_LABEL, v.text)) {
    const [s, e] = group1(m);
    push(s, e, 'marital-status', 0.95, 'marital-labelled');
  }
  for (const m of allMatches(MARITAL_TERM, v.text)) {
    const after = v.text.slice(m.index + m[0].length);
    if (m[0] === 'single' && (NOT_MARITAL_AFTER.test(after) || !personal)) continue;
    // "marie"/"divorce"/"separe" fold from French adjectives but are also a name and English nouns.
    if (['marie', 'divorce', 'separe', 'fiance', 'separated'].includes(m[0]) && !personal) continue;
    push(m.index, m.index + m[0].length, 'marital-status', personal ? 0.9 : 0.8, 'marital-term');
  }
  for (const m of allMatches(CHILDREN, v.text)) push(m.index, m.index + m[0].length, 'marital-status', 0.9, 'children');
};

/** Birth date, age, birth place, nationality, gender, marital status and children in one unit. */
export const findPersonalFacts = (unit: TextUnit): IdentifierFinding[] => {
  const v = fold(unit.text);
  const personal = PERSONAL_SECTIONS.has(sectionOf(unit));
  const out: IdentifierFinding[] = [];
  const push: Push = (s, e, type, confidence, rule) => {
    if (e <= s) return;
    const [os, oe] = toOriginal(v, s, e);
    if (out.some((f) => f.type === type && f.start < oe && os < f.end)) return;
    out.push(identifier(unit, os, oe, type, confidence, rule));
  };
  const dates = birthFacts(v, push, personal);
  birthPlaces(v, unit.text, push, dates);
  ages(v, push, personal);
  nationalities(v, push, unit, personal);
  genders(v, push, unit);
  maritals(v, push, personal);
  return out;
};
