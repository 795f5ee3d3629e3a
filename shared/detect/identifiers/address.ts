import { identifier, sectionOf } from '../finding';
import { LABELS } from '../lexicon/labels';
import { fold, toOriginal } from '../text/fold';
import { allMatches } from '../text/patterns';
import type { IdentifierFinding, TextUnit } from '../types';

// Street-name endings (folded) in NL/BE, DE and some EN: "Kerkstraat", "Hauptstraße", "Meir".
const SUFFIX =
  'straat|str|laan|weg|plein|dreef|lei|steenweg|kaai|singel|gracht|dijk|hof|pad|baan|markt|kade|wal|veld|berg|dal|park|plantsoen|steeg|ring|vest|strasse|gasse|allee|platz|damm|ufer|chaussee|pfad|stieg|street|road|avenue|lane|drive|close|square|way|place|gardens|crescent|terrace';
// French and Belgian-French street types, written before the name.
const FR_TYPE =
  'rue|avenue|av\\.?|boulevard|bd|bld|chemin|place|pl\\.?|allee|impasse|quai|route|square|chaussee|ch\\.?|clos|cours|passage|sentier|rempart|drève|dreve|parvis|voie|residence|cite|lotissement|faubourg|rond-point';
const WORD = "[\\p{L}][\\p{L}'’.-]*";
const NUMBER = '\\d{1,4}(?:\\s?-?[a-z](?![\\p{L}]))?(?:\\s?(?:bis|ter))?(?:\\s*(?:[/-]\\s*\\d{1,4}|,?\\s*(?:bus|bte|boite|box|b)\\.?\\s*\\d{1,4}))?';
// Outside contact blocks only unmistakable street words count ("Spring 5" is a framework).
const STRONG_SUFFIX = 'straat|laan|steenweg|dreef|plein|gracht|singel|kaai|dijk|strasse|gasse|allee|platz|damm|chaussee';
const STRONG_FR_TYPE = 'rue|avenue|boulevard|chaussee|chemin|impasse|allee|quai|dreve|drève|square';
const POSTCODE = '(?:(?:b|nl|f|d|be|fr|de|l|lu)[\\s-])?(?:[1-9]\\d{3}\\s?[a-z]{2}|\\d{5}|[1-9]\\d{3})';
const CITY = `${WORD}(?:[\\s-](?:${WORD}|\\(${WORD}\\))){0,3}`;
const POSTCODE_CITY = `${POSTCODE}\\s+${CITY}`;
const SEP = '\\s*(?:,|-|–|\\||/)?\\s*';

const street = (suffix: string, frType: string): string =>
  `(?:${NUMBER},?\\s+(?:${frType})\\s+(?:${WORD}[\\s-]){0,5}${WORD}` +
  `|(?:${frType})\\s+(?:${WORD}\\s){0,5}?${WORD}\\s*,?\\s+${NUMBER}` +
  `|(?:${WORD}\\s){0,3}${WORD}(?:${suffix})\\.?\\s+${NUMBER}` +
  `|(?:${WORD}\\s){0,3}(?:${suffix})\\s+${NUMBER})`;
const STREET_LOOSE = street(SUFFIX, FR_TYPE);
const STREET_STRICT = street(STRONG_SUFFIX, STRONG_FR_TYPE);

const FULL = new RegExp(`(?<![\\p{L}\\p{N}])${STREET_LOOSE}${SEP}${POSTCODE_CITY}`, 'gu');
const STREET_ONLY_LOOSE = new RegExp(`(?<![\\p{L}\\p{N}])${STREET_LOOSE}(?![\\p{L}\\p{N}])`, 'gu');
const STREET_ONLY_STRICT = new RegExp(`(?<![\\p{L}\\p{N}])${STREET_STRICT}(?![\\p{L}\\p{N}])`, 'gu');
const GENERIC_STREET = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORD}\\s){0,3}${WORD}\\s+${NUMBER}${SEP}${POSTCODE_CITY}`, 'gu');
const PC_CITY = new RegExp(`(?<![\\p{L}\\p{N}/.-])${POSTCODE_CITY}`, 'gu');
const ADDRESS_LABEL = new RegExp(`(?:${LABELS.residence.join('|')})\\s*[:.-]?\\s*$`, 'u');
const CONTACT_SECTIONS = new Set(['header', 'personal', 'furniture', 'properties']);

// A city never starts with these: "1500 employees", "2000 users", "12345 km".
const NOT_CITY = /^(?:\d|(?:employees|users|medewerkers|werknemers|collaborateurs|mitarbeiter|klanten|clients|kunden|customers|people|personen|personnes|menschen|km|m2|eur|euro|euros|usd|uur|hours|heures|stunden|jaar|years|ans|jahre|x|tot|to|a|bis)(?![\p{L}])|-)/u;

/**
 * Street addresses: street with number and postcode with city (one line), a street line alone
 * when its shape is unmistakable, and a postcode with city where contact details live or after an
 * address label.
 */
export const findAddresses = (unit: TextUnit): IdentifierFinding[] => {
  const view = fold(unit.text);
  const out: IdentifierFinding[] = [];
  const taken: [number, number][] = [];
  const push = (s: number, e: number, confidence: number, rule: string) => {
    if (taken.some(([a, b]) => s < b && a < e)) return;
    const raw = view.text.slice(s, e).replace(/[\s,.;-]+$/, '');
    const [os, oe] = toOriginal(view, s, s + raw.length);
    taken.push([s, e]);
    out.push(identifier(unit, os, oe, 'address', confidence, rule));
  };
  // As written, the postcode's letters and the city are capitalised ("9000 Gent", "1234 AB Utrecht"), which "1987 te Gent" is not.
  const cityOk = (m: string, at: number) => {
    const pc = /(?:[1-9]\d{3}\s?[a-z]{2}|\d{4,5})\s+(.*)$/u.exec(m);
    if (!pc || NOT_CITY.test(pc[1] ?? '')) return false;
    const [os, oe] = toOriginal(view, at, at + m.length);
    return /(?<!\d)(?:[1-9]\d{3}\s?[A-Z]{2}|\d{4,5})\s+\p{Lu}/u.test(unit.text.slice(os, oe));
  };
  for (const m of allMatches(FULL, view.text)) if (cityOk(m[0], m.index)) push(m.index, m.index + m[0].length, 0.95, 'address-street-postcode');
  const contactish = CONTACT_SECTIONS.has(sectionOf(unit));
  for (const m of allMatches(GENERIC_STREET, view.text))
    if (cityOk(m[0], m.index) && (contactish || ADDRESS_LABEL.test(view.text.slice(0, m.index)))) push(m.index, m.index + m[0].length, 0.9, 'address-number-postcode');
  for (const m of allMatches(contactish ? STREET_ONLY_LOOSE : STREET_ONLY_STRICT, view.text))
    push(m.index, m.index + m[0].length, contactish ? 0.9 : 0.8, 'address-street');
  for (const m of allMatches(PC_CITY, view.text)) {
    const labelled = ADDRESS_LABEL.test(view.text.slice(Math.max(0, m.index - 40), m.index));
    if (!cityOk(m[0], m.index) || !(contactish || labelled)) continue;
    // Years next to a place ("2015 Brussels") are periods, not postcodes.
    if (/^(?:19|20)\d{2}\s/.test(m[0]) && !labelled && !contactish) continue;
    push(m.index, m.index + m[0].length, labelled ? 0.9 : 0.75, 'address-postcode-city');
  }
  return out;
};

const STREET_LINE = new RegExp(`^\\s*(?:${WORD}\\s){0,3}${WORD}\\s+${NUMBER}\\s*,?\\s*$`, 'u');
const PC_CITY_LINE = new RegExp(`^\\s*${POSTCODE_CITY}\\s*(?:,.*)?$`, 'u');

/**
 * An address over two lines ("Kouter 53 bus 5" / "9000 Gent"): a line that is only a word and a
 * house number counts as a street when the next line is a postcode with a city.
 */
export const findTwoLineStreets = (units: readonly TextUnit[]): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (!u || !next || u.kind === 'title') continue;
    const view = fold(u.text);
    if (!STREET_LINE.test(view.text) || !PC_CITY_LINE.test(fold(next.text).text) || !/(?<!\d)(?:[1-9]\d{3}\s?[A-Z]{2}|\d{4,5})\s+\p{Lu}/u.test(next.text)) continue;
    const start = u.text.length - u.text.trimStart().length;
    out.push(identifier(u, start, u.text.trimEnd().replace(/,$/, '').length, 'address', 0.85, 'address-two-lines'));
    const ns = next.text.length - next.text.trimStart().length;
    out.push(identifier(next, ns, next.text.trimEnd().length, 'address', 0.85, 'address-two-lines'));
  }
  return out;
};
