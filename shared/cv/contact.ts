import type { Contact, SectionKind } from './model';
import type { DocumentProperties } from './document';
import type { CvLine } from './normalise';
import { isAllCaps, titleCaseWord, wordCount } from './fold';
import { looksLikeDegree, looksLikeOrganisation, looksLikeRole, namesCountry } from './entry-vocabulary';
import { matchHeading } from './headings';
import { findPeriod } from './period';

export interface ContactSource {
  header: readonly CvLine[];
  /** Every section, so details written under "Personal details" are found too. */
  sections: ReadonlyArray<{ kind: SectionKind; lines: readonly CvLine[] }>;
  properties: DocumentProperties;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A phone starts with +, 00 or 0 (optionally in brackets: "(+32)", "(0)") and holds 9 to 15 digits.
const PHONE = /(?<![\p{L}\p{N}])(?:\(?\+|00|\(0|0)[\d\s()./-]{7,22}\d(?![\p{L}\p{N}])/gu;
const LINK =
  /(?:https?:\/\/|www\.)[^\s,;|()<>]+|(?<![@\p{L}\p{N}.])(?:[\p{L}\p{N}-]+\.)+(?:com|be|nl|fr|de|eu|io|dev|org|net|me|lu|ch|at|uk)\/[^\s,;|()<>]*/giu;
const LABEL = /^(?:e-?mail|mail|tel(?:efoon|éphone|efon)?|phone|gsm|mobile?|mobiel|portable|handy|adres|adresse|address|anschrift|woonplaats|domicile|naam|name|nom|linkedin|github|website|site|web)\s*[:.]\s*/i;
const STREET =
  /\p{L}{3,}\.?\s+\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s*(?:bus|bte|boîte|box)\s*\d+)?|\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|route)\b/iu;
const POSTCODE_CITY = /(?<!\d)(?:[1-9]\d{3}\s?[A-Z]{2}|\d{5}|[1-9]\d{3})\s+\p{Lu}[\p{L}'’-]+/u;

// Bank account numbers are digit runs too; they are not phones.
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/g;

// Company (VAT / enterprise) numbers: "BTW BE 0123.456.789", "TVA : BE0123456789", "USt-IdNr. DE123456789".
const COMPANY_NUMBER =
  /(?:\b(?:vat|btw|tva|ust-?id(?:nr)?|kbo|bce|ondernemingsnummer|numéro d['’]entreprise|handelsregister|kvk|siret|siren)\b\.?[\s:.-]*(?:[A-Z]{2}\s?)?[\dA-Z][\d\s.]*\d)|\b(?:BE|LU|FR|NL|DE)\s?[01]\d{3}\.?\d{3}\.?\d{3}\b/giu;
// Belgian national numbers as written: "85.07.30-033.28", "850730 033 28", "85073003328".
const NATIONAL_NUMBER_SHAPE = /(?<![\p{N}])\d{2}[.\s]?\d{2}[.\s]?\d{2}[\s.-]?\d{3}[\s.]?\d{2}(?![\p{N}])/gu;

const digitCount = (s: string): number => (s.match(/\d/g) ?? []).length;

/**
 * Belgian national numbers (YY.MM.DD-NNN.CC) have eleven digits like some phone numbers; their
 * mod-97 check tells them apart (births from 2000 on are checked with a leading 2).
 */
const isBelgianNationalNumber = (text: string): boolean => {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 11 || /^\s*\+/.test(text)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  if (month > 12 || Number(digits.slice(4, 6)) > 31) return false;
  const check = Number(digits.slice(9));
  const base = digits.slice(0, 9);
  return 97 - (Number(base) % 97) === check || 97 - (Number(`2${base}`) % 97) === check;
};
// Several numbers on one line: "0477 16 53 58 / 050 61 93 61".
const PHONE_LIST = /\s+[/|·•,;]\s+|\s{3,}/;
const unique = (values: readonly string[]): string[] => [...new Set(values)];
const withoutLabel = (text: string): string => text.replace(LABEL, '').trim();

const findEmails = (lines: readonly CvLine[]): string[] =>
  unique(lines.flatMap((l) => l.text.match(EMAIL) ?? []).map((e) => e.replace(/[.]+$/, '').toLowerCase()));

const findPhones = (lines: readonly CvLine[]): string[] =>
  unique(
    lines.flatMap((l) =>
      l.text
        .replace(IBAN, ' ')
        .replace(COMPANY_NUMBER, ' ')
        .replace(NATIONAL_NUMBER_SHAPE, (m) => (isBelgianNationalNumber(m) ? ' ' : m))
        .split(PHONE_LIST)
        .flatMap((chunk) => chunk.match(PHONE) ?? [])
        .map((p) => p.trim().replace(/[\s./-]+$/, ''))
        .filter((p) => !isBelgianNationalNumber(p))
        // A date range ("01/2019 - 03/2021") has the digits of a phone but is a period.
        .filter((p) => digitCount(p) >= 9 && digitCount(p) <= 15 && findPeriod(p)?.kind !== 'range'),
    ),
  );

const findLinks = (lines: readonly CvLine[]): string[] =>
  unique(lines.flatMap((l) => (l.text.replace(EMAIL, ' ').match(LINK) ?? []).map((u) => u.replace(/[.)\]]+$/, ''))));

/** Street and number with postcode and city, on one line or on two lines in a row. */
const findAddress = (lines: readonly CvLine[]): string | undefined => {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const parts = line.text.split(/\s+[|•·]\s+/).map(withoutLabel);
    for (const [j, part] of parts.entries()) {
      if (!POSTCODE_CITY.test(part) || findPeriod(part)?.kind === 'range' || EMAIL.test(part)) continue;
      EMAIL.lastIndex = 0;
      if (STREET.test(part)) return part;
      // The street comes just before: in the previous part of the line ("Musterweg 3 · 80331 München") or on the line above.
      const above = j > 0 ? (parts[j - 1] ?? '') : lines[i - 1] ? withoutLabel(lines[i - 1]?.text ?? '') : '';
      if (above && STREET.test(above) && !POSTCODE_CITY.test(above) && wordCount(above) <= 6) return `${above}, ${part}`;
      // A postcode and city alone (no street) still places the candidate; keep it when it is the whole part.
      if (wordCount(part) <= 4) return part;
    }
    EMAIL.lastIndex = 0;
  }
  return undefined;
};

// Academic and courtesy titles before a name: "Dr. Anna Schmidt", "Dipl.-Ing. Max Weber", "Mevr. An Claes".
const NAME_TITLES =
  /^(?:(?:prof|dr|drs|ir|ing|mr|mrs|ms|mme|mlle|dhr|mevr|hr|fr|herr|frau|dipl\.?-\p{L}+|mag|lic)\.?(?:\s+(?:rer|med|phil|nat|jur|oec|h\.\s?c)\.)*\s+)+/iu;
// …and degrees after it: "Anna Schmidt, MBA", "Jan Peeters PhD".
const NAME_DEGREES = /,?\s+(?:MBA|PhD|Ph\.D\.?|MSc|M\.Sc\.?|BSc|B\.Sc\.?|MA|BA|LL\.M\.?|CPA|PMP)$/u;
// Form labels before a name, as Europass and application forms print them: "First name(s) /
// Surname(s)", "Nom(s) / Prénom(s)", "Voornaam en achternaam", "Vorname, Nachname:".
const NAME_LABEL_WORD =
  '(?:(?:first|given|last|family|middle|sur)\\s?names?|names?|voorna(?:a)?m(?:en)?|achternaam|familienaam|naam|pr[ée]noms?|noms?(?:\\s+de\\s+famille)?|vornamen?|nachnamen?|familienname|namen?)(?:\\s?\\((?:s|n|en)\\))?';
const NAME_LABEL = new RegExp(`^${NAME_LABEL_WORD}(?:\\s*(?:[/,&]|\\s(?:and|en|et|und))\\s*${NAME_LABEL_WORD})*\\s*(?::\\s*|\\s+)`, 'iu');
/** Drops a name label only when it is plainly one: a colon after it, or two name words joined. */
const withoutNameLabel = (text: string): string => {
  const m = NAME_LABEL.exec(text);
  return m && (/[:/,&(]/.test(m[0]) || /\s(?:and|en|et|und)\s/i.test(m[0])) ? text.slice(m[0].length).trim() : text;
};
const bareName = (text: string): string =>
  withoutNameLabel(withoutLabel(text)).replace(NAME_TITLES, '').replace(NAME_DEGREES, '').trim();

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|der|den|de|da|di|du|le|la|ter|ten|zu|vom|dos|del|d['’]\p{L}+))$/u;

/** Two to five words, capitalised (particles aside), no digits or symbols, not a role or heading. */
const looksLikeName = (text: string): boolean => {
  const t = bareName(text);
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5 || t.length > 60) return false;
  if (/[\d@/:|()]/.test(t)) return false;
  // "Rijbewijs B", "Permis B": a bare capital letter is a category, not part of a name ("J." is).
  if (words.some((w) => /^\p{Lu}$/u.test(w))) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (matchHeading(t) || looksLikeRole(t) || looksLikeOrganisation(t) || looksLikeDegree(t) || namesCountry(t)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
};

/**
 * The name as people say it, without titles. Words in capitals become title case; "PEETERS Jan"
 * (surname first in capitals, the French and Belgian administrative habit) becomes "Jan Peeters".
 */
const displayName = (text: string): string => {
  const words = bareName(text).replace(/\s+/g, ' ').split(' ');
  const caps = (w: string) => w.length > 1 && isAllCaps(w);
  const cased = (ws: readonly string[]) => ws.map((w) => (caps(w) ? titleCaseWord(w) : w));
  const surnameCount = words.findIndex((w) => !caps(w));
  if (surnameCount > 0 && words.slice(surnameCount).every((w) => !caps(w))) {
    return [...words.slice(surnameCount), ...cased(words.slice(0, surnameCount))].join(' ');
  }
  return cased(words).join(' ');
};

/** The name line: among the first lines, the largest name-shaped one (then the first). */
const findName = (lines: readonly CvLine[], properties: DocumentProperties, emails: readonly string[]): string | undefined => {
  const firstPage = lines.slice(0, 12);
  let best: CvLine | undefined;
  for (const line of firstPage) {
    if (!looksLikeName(line.text)) continue;
    if (!best || line.fontSize > best.fontSize + 0.5) best = line;
  }
  if (best) return displayName(best.text);
  if (properties.author && looksLikeName(properties.author)) return displayName(properties.author);
  // "jan.peeters@…" says the name when nothing else does.
  const local = emails[0]?.split('@')[0]?.split(/[._-]/).filter((p) => /^\p{L}{2,}$/u.test(p));
  return local && local.length >= 2 ? local.map(titleCaseWord).join(' ') : undefined;
};

/**
 * The candidate's own contact details, from the header and the personal-details section. Referees'
 * details in a references section belong to other people and are left out.
 */
export const extractContact = (src: ContactSource): Contact => {
  const personal = src.sections.filter((s) => s.kind === 'personal').flatMap((s) => s.lines);
  const own = [...src.header, ...personal];
  const rest = src.sections.filter((s) => s.kind !== 'personal' && s.kind !== 'references').flatMap((s) => s.lines);
  const emails = unique([...findEmails(own), ...findEmails(rest)]);
  const phones = unique([...findPhones(own), ...findPhones(rest)]);
  const links = unique([...findLinks(own), ...findLinks(rest)]);
  const address = findAddress(own);
  const name = findName(own.length > 0 ? own : rest, src.properties, emails);
  return { ...(name ? { name } : {}), emails, phones, ...(address ? { address } : {}), links };
};
