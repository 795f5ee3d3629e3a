import type { DocumentProperties } from '../../cv/document';
import type { StructuredCv } from '../../cv/model';
import { looksLikeRole } from '../../cv/entry-vocabulary';
import { HONORIFICS, PARTICLES } from '../lexicon/name-particles';
import { foldTerm } from '../text/fold';

/** The candidate's name, split so every way of writing it can be matched. All folded. */
export interface NameParts {
  /** Full names as sequences of folded tokens, e.g. [['jan', 'van', 'den', 'broeck']]. */
  full: string[][];
  given: string[];
  /** Whole surnames with particles ("van den broeck") as token lists. */
  surnames: string[][];
  /** Surname cores without particles ("broeck"), for "Mr Broeck" and e-mail local parts. */
  cores: string[];
}

const NAME_TOKEN = /^[\p{L}][\p{L}'’.-]*$/u;
// Words that sit in a CV's first line but are not a name.
const NOT_NAME = new Set([
  'curriculum', 'vitae', 'cv', 'resume', 'resume', 'lebenslauf', 'profile', 'profiel', 'profil', 'contact', 'personal',
  'persoonlijke', 'gegevens', 'personnelles', 'donnees', 'info', 'information', 'informations',
  // Authors that word processors write into document properties.
  'microsoft', 'office', 'user', 'word', 'adobe', 'acrobat', 'admin', 'administrator', 'windows', 'libreoffice', 'openoffice',
  'google', 'docs', 'owner', 'author', 'unknown', 'gebruiker', 'utilisateur', 'benutzer', 'template', 'sjabloon', 'modele', 'vorlage',
]);
const GENERIC_LOCAL = new Set(['info', 'contact', 'mail', 'hello', 'hallo', 'bonjour', 'jobs', 'job', 'cv', 'hr', 'admin', 'office', 'me', 'work']);

const cleanName = (raw: string): string =>
  raw
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((t) => !HONORIFICS.includes(foldTerm(t).replace(/\.$/, '') as (typeof HONORIFICS)[number]))
    .join(' ')
    .trim();

/**
 * A letter-spaced line ("J A N   P E E T E R S") read back as words: every token is one letter;
 * wider gaps separate words (without them the letters make one word).
 */
export const unspace = (line: string): string => {
  const t = line.trim();
  const letters = t.split(/\s+/);
  if (letters.length < 4 || !letters.every((l) => /^[\p{L}-]$/u.test(l))) return line;
  return t.includes('  ') ? t.split(/\s{2,}/).map((w) => w.replace(/\s/g, '')).join(' ') : letters.join('');
};

/** Does a string look like a personal name (2-5 capitalised words, no digits)? */
export const looksLikeName = (raw: string): boolean => {
  const text = cleanName(unspace(raw));
  if (/[\d@/:]/.test(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (!tokens.every((t) => NAME_TOKEN.test(t))) return false;
  if (tokens.some((t) => NOT_NAME.has(foldTerm(t)) || t.length === 1)) return false;
  // "Programme Manager", "Rijbewijs B": a role or a label, not a person.
  if (looksLikeRole(text)) return false;
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t) || PARTICLES.has(foldTerm(t)));
  return capitalised.length === tokens.length;
};

/**
 * When no line looks like a name, the first header line still names the candidate if it has no
 * digits or punctuation of contact data and is either in capitals or shares a word with the e-mail
 * local part (extraction may glue a letter-spaced name: "ANN - SOPHIEVANDEVELDE").
 */
const headerNameGuess = (cv: StructuredCv): string | undefined => {
  const first = cv.header[0]?.replace(/\s+-\s+/g, '-').trim();
  if (!first || /[\d@:/|]/.test(first) || first.split(/\s+/).length > 5) return undefined;
  const locals = cv.contact.emails.map((e) => foldTerm(e.split('@')[0] ?? '').replace(/[^\p{L}]/gu, ''));
  const words = foldTerm(first).split(/[\s-]+/).filter((w) => w.length >= 4);
  const caps = first === first.toUpperCase() && first !== first.toLowerCase();
  return caps || words.some((w) => locals.some((l) => l.includes(w))) ? first : undefined;
};

/** Splits "Jan Van den Broeck", "PEETERS Jan", "Fatima El Amrani" into given names and surname. */
const splitName = (raw: string): { given: string[]; surname: string[] } | undefined => {
  const tokens = cleanName(unspace(raw))
    .split(/[\s,]+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) return { given: [], surname: tokens };
  // A leading ALL-CAPS word in a mixed-case name is the surname written first ("PEETERS Jan").
  const caps = (t: string) => t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
  if (caps(tokens[0] ?? '') && !tokens.every(caps)) {
    const n = tokens.findIndex((t) => !caps(t));
    return { surname: tokens.slice(0, n), given: tokens.slice(n) };
  }
  const particleAt = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(foldTerm(t)) && i < tokens.length - 1);
  const cut = particleAt > 0 ? particleAt : tokens.length - 1;
  return { given: tokens.slice(0, cut), surname: tokens.slice(cut) };
};

const tokensOf = (s: string): string[] => foldTerm(s).split(/[\s]+/).filter(Boolean);

/** Name parts from the contact name, the header, e-mail local parts, document properties and known aliases. */
export const nameParts = (cv: StructuredCv, properties?: DocumentProperties, extra: readonly string[] = []): NameParts => {
  const sources: string[] = [];
  if (cv.contact.name && looksLikeName(cv.contact.name)) sources.push(cv.contact.name);
  else {
    const first = cv.header.find((l) => looksLikeName(l)) ?? headerNameGuess(cv);
    if (first) sources.push(first);
  }
  // A property counts only when it looks like a name and, if the CV names the candidate, shares a part
  // with that name: a file may have been written by the recruiter or from someone else's template.
  const known = new Set(sources.flatMap((s) => tokensOf(s)));
  for (const p of [properties?.author, properties?.title]) {
    if (!p || !looksLikeName(p)) continue;
    if (known.size === 0 || tokensOf(p).some((t) => known.has(t))) sources.push(p);
  }
  sources.push(...extra.filter((e) => e.trim().length > 1));

  const parts: NameParts = { full: [], given: [], surnames: [], cores: [] };
  const addUnique = <T>(list: T[], v: T, key: (x: T) => string) => {
    if (!list.some((x) => key(x) === key(v))) list.push(v);
  };
  for (const src of sources) {
    const split = splitName(src);
    if (!split) continue;
    const hyphenParts = (t: string) => t.split(/-/).filter((p) => p.length > 1);
    for (const g of split.given) for (const p of [g, ...hyphenParts(g)]) addUnique(parts.given, foldTerm(p), (x) => x);
    const surname = split.surname.flatMap((t) => tokensOf(t));
    if (surname.length > 0) addUnique(parts.surnames, surname, (x) => x.join(' '));
    for (const t of split.surname) {
      if (PARTICLES.has(foldTerm(t))) continue;
      for (const p of [t, ...hyphenParts(t)]) addUnique(parts.cores, foldTerm(p), (x) => x);
    }
    addUnique(parts.full, tokensOf(cleanName(unspace(src))), (x) => x.join(' '));
  }
  // An e-mail local part like "jan.peeters" confirms parts; with no name found it supplies them.
  if (parts.full.length === 0) {
    for (const email of cv.contact.emails) {
      const pieces = (email.split('@')[0] ?? '').split(/[._-]/).filter((p) => /^\p{L}{2,}$/u.test(p));
      if (pieces.length < 2 || pieces.some((p) => GENERIC_LOCAL.has(foldTerm(p)))) continue;
      const [g, ...rest] = pieces.map(foldTerm);
      if (g) addUnique(parts.given, g, (x) => x);
      if (rest.length) {
        addUnique(parts.surnames, rest, (x) => x.join(' '));
        for (const r of rest) if (!PARTICLES.has(r)) addUnique(parts.cores, r, (x) => x);
      }
      addUnique(parts.full, [...(g ? [g] : []), ...rest], (x) => x.join(' '));
    }
  }
  parts.given = parts.given.filter((g) => g.replace(/[.'’]/g, '').length >= 2 && !PARTICLES.has(g));
  parts.cores = parts.cores.filter((c) => c.replace(/[.'’]/g, '').length >= 2);
  return parts;
};
