import { AMBIGUOUS_NAMES, AMBIGUOUS_SURNAMES, NAME_VERBS } from '../lexicon/ambiguous-names';
import { HONORIFICS } from '../lexicon/name-particles';
import { MONTHS } from '../lexicon/months';
import { identifier } from '../finding';
import { fold, toOriginal, type View } from '../text/fold';
import { allMatches, B_END, B_START, escapeRegExp } from '../text/patterns';
import type { IdentifierFinding, TextUnit } from '../types';
import type { NameParts } from './parts';

/** One token, written plainly or letter-spaced ("p e e t e r s"). */
const tokenSource = (t: string): string => {
  const plain = escapeRegExp(t);
  const letters = [...t].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 3 ? `(?:${plain}|${letters.map(escapeRegExp).join(' ')})` : plain;
};
const seq = (tokens: readonly string[]): string => tokens.map(tokenSource).join('[\\s\\-]+');
const POSSESSIVE = "(?:'s|'|s')?";
const HONORIFIC = `(?:${HONORIFICS.map((h) => escapeRegExp(h).replace(/ /g, '\\s+')).join('|')})\\.?\\s+`;

export interface NameMatcher {
  readonly parts: NameParts;
  readonly full?: RegExp;
  readonly initials?: RegExp;
  readonly surname?: RegExp;
  readonly single?: RegExp;
}

const alt = (sources: string[]): string | undefined => (sources.length ? `(?:${[...new Set(sources)].sort((a, b) => b.length - a.length).join('|')})` : undefined);

export const nameMatcher = (parts: NameParts): NameMatcher => {
  const fulls = parts.full.filter((f) => f.length >= 2);
  const reversed = parts.surnames.flatMap((s) => parts.given.map((g) => [...s, ',?', g]));
  const fullSrc = alt([
    ...fulls.map(seq),
    ...reversed.map((r) => r.map((t) => (t === ',?' ? ',?' : tokenSource(t))).join('[\\s\\-]*')),
    ...parts.surnames.flatMap((s) => parts.given.map((g) => `${tokenSource(g)}[\\s\\-]+${seq(s)}`)),
  ]);
  const surnameSrc = alt([...parts.surnames.filter((s) => s.length > 1).map(seq), ...parts.cores.map(tokenSource)]);
  const initialLetters = [...new Set(parts.given.map((g) => g.charAt(0)))].map(escapeRegExp).join('');
  const initialSrc = initialLetters ? `[${initialLetters}]` : '\\p{L}';
  const singleSrc = alt([...parts.given, ...parts.cores].map(tokenSource));
  const rx = (src: string | undefined, prefix = '', suffix = POSSESSIVE) =>
    src ? new RegExp(`${B_START}${prefix}${src}${suffix}${B_END}`, 'gu') : undefined;
  return {
    parts,
    ...(fullSrc ? { full: rx(`(?:${HONORIFIC})?${fullSrc}`) } : {}),
    ...(surnameSrc ? { initials: rx(`(?:${initialSrc}\\.[\\s\\-]?){1,3}\\s*${surnameSrc}`) } : {}),
    ...(surnameSrc ? { surname: rx(`(?:${HONORIFIC})?${surnameSrc}`) } : {}),
    ...(singleSrc ? { single: rx(singleSrc) } : {}),
  };
};

const wordBefore = (text: string, at: number): string => /([\p{L}\p{N}'-]+)\W*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
const wordAfter = (text: string, at: number): string => /^\W*?([\p{L}\p{N}'-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';

/** A standalone given name or surname core that reads as an ordinary word here is not the person. */
const readsAsWord = (view: View, original: string, s: number, e: number, token: string): boolean => {
  const [os, oe] = toOriginal(view, s, e);
  const first = original.slice(os, oe).match(/\p{L}/u)?.[0] ?? '';
  if (first !== first.toUpperCase()) return true;
  // "AZ Sint-Jan", "Saint-Pierre", "San Marco": a place or an institution named after a saint.
  if (/(?:sint|saint|sainte|st|ste|san|santa|sankt)[\s.-]+$/u.test(view.text.slice(Math.max(0, s - 8), s))) return true;
  const prev = wordBefore(view.text, s);
  const next = wordAfter(view.text, e);
  const amb = AMBIGUOUS_NAMES[token];
  if (amb) {
    if (amb.month && (/^\d/.test(next) || /\d\s*$/.test(view.text.slice(0, s)) || MONTHS.has(next) || /^\s*[-–]/.test(view.text.slice(e)))) return true;
    if (amb.before?.includes(next)) return true;
    if (amb.after?.includes(prev)) return true;
    const atStart = view.text.slice(0, s).trim() === '' || /[.!?:;•|]\s*$/.test(view.text.slice(0, s));
    if (amb.sentenceStart && atStart && !NAME_VERBS.has(next) && /^\W*\p{Ll}/u.test(original.slice(oe))) return true;
  }
  if (AMBIGUOUS_SURNAMES.has(token)) {
    const atStart = view.text.slice(0, s).trim() === '';
    if (atStart && !NAME_VERBS.has(next)) return true;
    if (['de', 'het', 'the', 'le', 'la', 'der', 'die', 'das', 'een', 'a', 'un', 'une', 'ein', 'eine'].includes(prev)) return true;
  }
  return false;
};

/** Tokens that carry a name without spaces: e-mail addresses, URLs, handles. */
const TOKEN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*|@[\p{L}\p{N}_.]{3,}/gu;

/** Every place the candidate's name appears in one unit. */
export const findNames = (unit: TextUnit, m: NameMatcher): IdentifierFinding[] => {
  const view = fold(unit.text);
  const out: IdentifierFinding[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const add = (s: number, e: number, confidence: number, rule: string) => {
    const [os, oe] = toOriginal(view, s, e);
    taken.push([s, e]);
    out.push(identifier(unit, os, oe, 'name', confidence, rule));
  };
  for (const x of m.full ? allMatches(m.full, view.text) : []) add(x.index, x.index + x[0].length, 0.99, 'name-full');
  for (const x of m.initials ? allMatches(m.initials, view.text) : [])
    if (free(x.index, x.index + x[0].length)) add(x.index, x.index + x[0].length, 0.95, 'name-initials');
  for (const x of m.surname ? allMatches(m.surname, view.text) : []) {
    const s = x.index;
    const e = s + x[0].length;
    if (!free(s, e)) continue;
    const core = x[0].replace(/('s|'|s')$/, '');
    const multi = core.trim().split(/\s+/).length > 1;
    if (!multi && readsAsWord(view, unit.text, s, s + core.length, core.replace(/^.*\s/, ''))) continue;
    add(s, e, multi ? 0.95 : 0.9, 'name-surname');
  }
  for (const x of m.single ? allMatches(m.single, view.text) : []) {
    const s = x.index;
    const e = s + x[0].length;
    if (!free(s, e)) continue;
    const token = x[0].replace(/('s|'|s')$/, '');
    if (readsAsWord(view, unit.text, s, s + token.length, token)) continue;
    add(s, e, AMBIGUOUS_NAMES[token] ? 0.75 : 0.88, m.parts.given.includes(token) ? 'name-given' : 'name-surname');
  }
  // Inside e-mail local parts, URL slugs and handles: "jan-peeters-1a2b", "jpeeters@".
  const pieces = [...new Set([...m.parts.given, ...m.parts.cores, ...m.parts.surnames.map((s) => s.join(''))])].filter((p) => p.length >= 3);
  for (const tok of allMatches(TOKEN, view.text)) {
    for (const p of pieces) {
      let from = 0;
      for (let at = tok[0].indexOf(p, from); at >= 0; at = tok[0].indexOf(p, from)) {
        const s = tok.index + at;
        const e = s + p.length;
        from = at + p.length;
        if (free(s, e)) add(s, e, 0.9, tok[0].includes('@') && !tok[0].startsWith('@') ? 'name-in-email' : 'name-in-url');
      }
    }
  }
  return out;
};
