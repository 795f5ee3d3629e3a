import { fold } from '../cv/fold';
import type { Contact } from '../cv/model';
import { PARTICLES } from '../detect/lexicon/name-particles';
import type { ExportMode } from './model';
import type { Cut, ExportPlan, UnitCutter } from './redaction';
import { spansByPath } from './redaction';

/**
 * Cuts the export makes on its own, whatever review found: e-mail addresses, web links, phone
 * numbers, the street address and (blind) the candidate's name. The review plan is the careful
 * pass; this is the floor under it, so a CV exported before (or without) review still carries no
 * contact details, and the leak guard then checks both.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /(?:https?:\/\/|www\.)[^\s,;)]+|(?<![\p{L}\p{N}@.])(?:[\p{L}\p{N}-]+\.)+(?:com|be|nl|fr|de|eu|net|org|io|me|dev)\/[^\s,;)]*/giu;
/** International (+32, 0032) or national (0…) numbers; grouping by spaces, dots, slashes, dashes, brackets. */
const PHONE = /(?<![\p{L}\p{N}])(?:(?:\+|00)\s?\d{1,3}|0)[\s./-]?(?:\(0\)\s?)?\d(?:[\s./-]?\(?\d+\)?){3,}(?![\p{L}\p{N}])/gu;
const YEAR_IN_RANGE = /(?:^|[/.\s])(?:19[5-9]\d|20[0-3]\d)(?:$|[\s/.-])/;

const looksLikePhone = (match: string): boolean => {
  const digits = match.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  // "01/2015 - 03/2019" and similar periods are not phone numbers.
  return !(YEAR_IN_RANGE.test(match) && /[/–-]/.test(match) && !/^\s*(?:\+|00)/.test(match));
};

const matches = (rx: RegExp, text: string): { start: number; end: number }[] =>
  [...text.matchAll(rx)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })).filter((m) => rx !== PHONE || looksLikePhone(m.text));

/** The candidate's name as folded words, particles apart (never matched on their own). */
export const nameWords = (names: readonly (string | undefined)[]): Set<string> => {
  const words = new Set<string>();
  for (const n of names) {
    for (const w of fold(n ?? '').split(/[^\p{L}'-]+/u)) {
      for (const part of [w, ...w.split('-')]) {
        const p = part.replace(/^'+|'+$/g, '');
        if (p.length >= 2 && !PARTICLES.has(p)) words.add(p);
      }
    }
  }
  return words;
};

const WORD = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;
const POSSESSIVE = /[’']s?$/u;

interface WordHit {
  start: number;
  end: number;
  kind: 'name' | 'particle';
}

/**
 * Occurrences of the name in running text: capitalised name words, with the particles right
 * before them ("van den Broeck") and a possessive kept outside ("Jan's" → "<label>'s").
 */
export const nameCuts = (text: string, words: ReadonlySet<string>, replacement: string | undefined): Cut[] => {
  if (words.size === 0) return [];
  const hits: WordHit[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const base = raw.replace(POSSESSIVE, '');
    const folded = fold(base);
    const isName = /^\p{Lu}/u.test(base) && (words.has(folded) || (folded.includes('-') && folded.split('-').every((p) => words.has(p))));
    if (isName) hits.push({ start: m.index, end: m.index + base.length, kind: 'name' });
    else if (PARTICLES.has(folded)) hits.push({ start: m.index, end: m.index + raw.length, kind: 'particle' });
  }
  const cuts: Cut[] = [];
  let run: { start: number; end: number } | undefined;
  let pendingParticleStart: number | undefined;
  let lastEnd = -1;
  const gapIsSpace = (from: number, to: number) => /^\s*$/.test(text.slice(from, to));
  for (const h of hits) {
    const adjacent = lastEnd >= 0 && gapIsSpace(lastEnd, h.start);
    if (h.kind === 'particle') {
      if (run && adjacent) {
        // A particle between name words ("Jan van Damme") belongs to the name only if a name word follows.
        pendingParticleStart ??= h.start;
      } else {
        if (run) cuts.push({ ...run, ...(replacement ? { replacement } : {}) });
        run = undefined;
        pendingParticleStart = adjacent && pendingParticleStart !== undefined ? pendingParticleStart : h.start;
      }
      lastEnd = h.end;
      continue;
    }
    if (run && adjacent) run = { start: run.start, end: h.end };
    else {
      if (run) cuts.push({ ...run, ...(replacement ? { replacement } : {}) });
      const particleBefore = pendingParticleStart !== undefined && adjacent ? pendingParticleStart : h.start;
      run = { start: particleBefore, end: h.end };
    }
    pendingParticleStart = undefined;
    lastEnd = h.end;
  }
  if (run) cuts.push({ ...run, ...(replacement ? { replacement } : {}) });
  return cuts;
};

/** Street parts of an address ("Kerkstraat 12"), never the city: the city may stay, per template. */
export const streetParts = (address: string | undefined): string[] =>
  (address ?? '')
    .split(/[,\n;]+/)
    .map((s) => s.trim())
    .filter((s) => /\d/.test(s) && /\p{L}{3,}/u.test(s) && !/^\s*(?:[A-Z]{1,2}-?)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{L}/u.test(s));

/** "Kerkstraat 12, 9000 Gent" → "Gent"; "12 rue de la Paix, 75002 Paris" → "Paris". */
export const cityOf = (address: string | undefined): string | undefined => {
  const parts = (address ?? '').split(/[,\n;]+/).map((s) => s.trim()).filter(Boolean);
  for (const part of [...parts].reverse()) {
    const m = part.match(/^(?:[A-Z]{1,2}-?)?\d{4,5}(?:\s?[A-Z]{2}(?=\s))?\s+(.+)$/u);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
};

const literalCuts = (text: string, needles: readonly string[]): Cut[] => {
  const lower = text.toLocaleLowerCase();
  const cuts: Cut[] = [];
  for (const n of needles) {
    const needle = n.toLocaleLowerCase();
    if (needle.length < 4) continue;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) cuts.push({ start: i, end: i + needle.length });
  }
  return cuts;
};

/** Where a span's text is now, when its offsets no longer fit the unit (the CV was edited since). */
const locate = (text: string, span: { start: number; end: number; text: string }): Cut | undefined => {
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  const i = span.text ? text.indexOf(span.text) : -1;
  return i >= 0 ? { start: i, end: i + span.text.length } : undefined;
};

export interface CutterInput {
  readonly mode: ExportMode;
  readonly plan: ExportPlan;
  readonly contact: Contact;
  /** Every form of the name we know: the candidate record's and the CV's contact block. */
  readonly names: readonly (string | undefined)[];
  /** Printed where the name stood in running text (blind). */
  readonly label: string;
}

/** The plan's cuts plus the baseline, as one cutter for applyCuts. */
export const exportCutter = (input: CutterInput): UnitCutter => {
  const byPath = spansByPath(input.plan, input.mode);
  const words = input.mode === 'blind' ? nameWords([...input.names, input.contact.name]) : new Set<string>();
  const literals = [...input.contact.emails, ...input.contact.links, ...streetParts(input.contact.address)];
  return (path, text) => {
    const planned = (byPath.get(path) ?? []).flatMap((s) => {
      const at = locate(text, s);
      if (!at) return [];
      const replacement = s.kind === 'identifier' && s.type === 'name' ? input.label : undefined;
      return [{ ...at, ...(replacement ? { replacement } : {}) }];
    });
    return [
      ...planned,
      ...matches(EMAIL, text),
      ...matches(URL, text),
      ...matches(PHONE, text),
      ...literalCuts(text, literals),
      ...nameCuts(text, words, input.label),
    ];
  };
};
