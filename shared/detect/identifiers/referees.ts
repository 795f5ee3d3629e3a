import { identifier, sectionOf } from '../finding';
import { HONORIFICS } from '../lexicon/name-particles';
import { PARTICLES } from '../lexicon/name-particles';
import { foldTerm } from '../text/fold';
import type { IdentifierFinding, TextUnit } from '../types';

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}{2,}";
const PARTICLE = [...PARTICLES].filter((p) => /^\p{L}+$/u.test(p)).join('|');
const HONORIFIC = HONORIFICS.map((h) => `[${h.charAt(0)}${h.charAt(0).toUpperCase()}]${h.slice(1).replace(/ /g, '\\s+')}`).join('|');
// Two to four capitalised words, particles allowed inside ("Marc Van den Bossche", "Dr. Anne Müller").
const PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${HONORIFIC})\\.?\\s+)?(?:${NAME_WORD}|\\p{Lu}\\.)(?:[\\s-]+(?:(?:${PARTICLE})\\s+)*(?:${NAME_WORD})){1,3}(?![\\p{L}\\p{N}])`,
  'gu',
);
// Words that make a capitalised run an organisation or a role, not a person.
const NOT_PERSON = new Set(
  [
    'nv', 'bv', 'bvba', 'srl', 'sa', 'sprl', 'gmbh', 'ag', 'ltd', 'inc', 'llc', 'plc', 'vzw', 'asbl', 'cvba', 'kg', 'se', 'group', 'groep',
    'groupe', 'gruppe', 'university', 'universiteit', 'universite', 'universitat', 'hogeschool', 'college', 'school', 'ecole', 'schule',
    'hospital', 'ziekenhuis', 'hopital', 'klinik', 'bank', 'consulting', 'solutions', 'services', 'systems', 'technologies', 'software',
    'manager', 'director', 'directeur', 'directrice', 'direktor', 'head', 'lead', 'teamleader', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'hr',
    'project', 'projectleider', 'chef', 'leiter', 'leiterin', 'professor', 'supervisor', 'engineer', 'developer', 'consultant', 'partner',
    'references', 'referenties', 'referenzen', 'reference', 'referentie', 'available', 'request', 'beschikbaar', 'disponible', 'demande',
    'auf', 'anfrage', 'verzoek', 'aanvraag', 'tel', 'phone', 'email', 'mail', 'gsm', 'mobile', 'contact', 'telefoon', 'telephone', 'telefon',
    'department', 'afdeling', 'service', 'abteilung', 'team', 'ministry', 'ministerie', 'city', 'stad', 'ville', 'stadt', 'gemeente',
  ].map(foldTerm),
);

/** Names of reference persons in a references section (their phones and e-mails are typed there too). */
export const findRefereeNames = (unit: TextUnit): IdentifierFinding[] => {
  if (sectionOf(unit) !== 'references' || unit.kind === 'title') return [];
  const out: IdentifierFinding[] = [];
  // The person comes first in a reference line ("Marc Dubois, Manager, Acme"); capitalised runs after
  // it are roles and organisations. Each part after a bullet or pipe is a line of its own.
  for (const part of unit.text.matchAll(/[^|•·]+/gu)) {
    const lead = /^\s*(?:[-–*]\s*)?(?:\p{L}+\s*:\s*)?/u.exec(part[0])?.[0].length ?? 0;
    PERSON.lastIndex = 0;
    const m = PERSON.exec(part[0]);
    if (!m || m.index > lead) continue;
    const words = m[0].split(/[\s-]+/).map((w) => foldTerm(w).replace(/\.$/, ''));
    if (words.some((w) => NOT_PERSON.has(w))) continue;
    const real = words.filter((w) => !PARTICLES.has(w) && !HONORIFICS.includes(w as (typeof HONORIFICS)[number]));
    if (real.length < 2) continue;
    const start = (part.index ?? 0) + m.index;
    out.push(identifier(unit, start, start + m[0].length, 'referee', 0.85, 'referee-name'));
  }
  return out;
};
