import { fold } from '../cv/fold';
import type { Contact } from '../cv/model';
import { nameWords, streetParts } from './baseline';
import type { ExportMode } from './model';
import { keptInMode, type ExportPlan } from './redaction';

/**
 * The leak guard's search: every identifier known for the candidate and every accepted
 * special-category statement, looked for in the text of the finished file. Text is compared as
 * folded words (case, accents, punctuation and line breaks do not matter); phone numbers digit by
 * digit, whatever the grouping.
 */

/** What kind of thing leaked: reported, never the value. */
export type LeakKind = string;

export interface Needle {
  readonly kind: LeakKind;
  readonly words?: readonly string[];
  /** The last 8 digits of a phone number. */
  readonly digits?: string;
}

export const wordsOf = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const PHONE_TAIL = 8;

const phoneNeedle = (phone: string): Needle | undefined => {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= PHONE_TAIL ? { kind: 'phone', digits: digits.slice(-PHONE_TAIL) } : undefined;
};

const wordNeedle = (kind: LeakKind, text: string): Needle | undefined => {
  const words = wordsOf(text);
  return words.length > 0 ? { kind, words } : undefined;
};

/**
 * Identifier types whose value is often an ordinary word elsewhere in a CV: a nationality is also a
 * language ("Deutsch"), a birth place also an employer's city. Alone, one such word proves nothing;
 * the review plan removes them where they identify, and the guard checks them only as phrases.
 */
const CONTEXTUAL: ReadonlySet<string> = new Set(['nationality', 'gender', 'marital-status', 'birth-place', 'age']);

export interface NeedleInput {
  readonly mode: ExportMode;
  readonly contact: Contact;
  readonly names: readonly (string | undefined)[];
  readonly plan: ExportPlan;
  /** Printed on purpose (the candidate's label, the city when the template keeps it): never a leak. */
  readonly allowed: readonly string[];
}

export const leakNeedles = (input: NeedleInput): Needle[] => {
  const { mode, contact, plan } = input;
  const needles: (Needle | undefined)[] = [];
  if (mode === 'blind') for (const w of nameWords([...input.names, contact.name])) if (w.length >= 3) needles.push({ kind: 'name', words: [w] });
  for (const e of contact.emails) needles.push(wordNeedle('email', e));
  for (const p of contact.phones) needles.push(phoneNeedle(p));
  for (const l of contact.links) needles.push(wordNeedle('url', l.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '')));
  for (const s of streetParts(contact.address)) needles.push(wordNeedle('address', s));
  for (const s of plan.spans) {
    if (keptInMode(mode, s)) continue;
    const kind = s.kind === 'special' ? `special:${s.type}` : s.type;
    if (CONTEXTUAL.has(s.type) && wordsOf(s.text).length < 2) continue;
    needles.push(s.type === 'phone' ? phoneNeedle(s.text) ?? wordNeedle(kind, s.text) : wordNeedle(kind, s.text));
  }
  for (const t of plan.terms ?? []) if (!(mode === 'named' && t.type === 'name')) needles.push(t.type === 'phone' ? phoneNeedle(t.text) : wordNeedle(t.type, t.text));
  const allowed = new Set(input.allowed.map((a) => wordsOf(a).join(' ')));
  return needles.filter((n): n is Needle => n !== undefined && !(n.words && allowed.has(n.words.join(' '))));
};

const digitGroups = (text: string): string[] => (text.match(/\d[\d\s.\-/()]*\d/g) ?? []).map((g) => g.replace(/\D/g, '')).filter((d) => d.length >= PHONE_TAIL);

const containsRun = (hay: readonly string[], needle: readonly string[]): boolean => {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** The kinds of needles found in `text`, each once, sorted. */
export const findLeaks = (text: string, needles: readonly Needle[]): LeakKind[] => {
  const words = wordsOf(text);
  const groups = digitGroups(text);
  const found = new Set<LeakKind>();
  for (const n of needles) {
    if (n.digits && groups.some((g) => g.includes(n.digits ?? ''))) found.add(n.kind);
    if (n.words && containsRun(words, n.words)) found.add(n.kind);
  }
  return [...found].sort();
};
