import { findNames, nameMatcher } from './names/match';
import { nameParts } from './names/parts';
import { findAddresses, findTwoLineStreets } from './identifiers/address';
import { findEmails, findPhones, findUrls } from './identifiers/contact';
import { findAccounts, findIdDocuments, findNationalIds } from './identifiers/numbers';
import { findPersonalFacts } from './identifiers/personal';
import { findRefereeNames } from './identifiers/referees';
import { findSpecial } from './special/detect-special';
import { fingerprint } from './fingerprint';
import { detectionId } from './ids';
import { identifier } from './finding';
import { blank } from './text/patterns';
import { cvBlocks } from './units';
import type { DetectInput, Detection, Finding, IdentifierFinding, TextUnit } from './types';

/** Bump when rules change: stored detections of an older version are recomputed. */
export const DETECTOR_VERSION = 1;

const contains = (a: Finding, b: Finding) => a.path === b.path && a.start <= b.start && b.end <= a.end;

/** Identifiers of one unit, the validated numbers first so their digits are not read as phones. */
const identifiersOf = (unit: TextUnit, names: ReturnType<typeof nameMatcher>): IdentifierFinding[] => {
  const accounts = findAccounts(unit);
  const spans = accounts.map((f) => [f.start, f.end] as [number, number]);
  const ids = findNationalIds(unit, spans);
  spans.push(...ids.map((f) => [f.start, f.end] as [number, number]));
  const docs = findIdDocuments(unit, spans);
  spans.push(...docs.map((f) => [f.start, f.end] as [number, number]));
  const emails = findEmails(unit);
  spans.push(...emails.map((f) => [f.start, f.end] as [number, number]));
  const phones = findPhones(unit, blank(unit.text, spans));
  return [
    ...accounts,
    ...ids,
    ...docs,
    ...emails,
    ...phones,
    ...findUrls(unit),
    ...findAddresses(unit),
    ...findPersonalFacts(unit),
    ...findRefereeNames(unit),
    ...findNames(unit, names),
  ];
};

/**
 * Drops identifier findings inside another identifier finding (the name inside a detected e-mail,
 * a phone inside an address line): the outer one is what gets redacted. Keeps the first of equals.
 */
const dedupe = (found: IdentifierFinding[]): IdentifierFinding[] =>
  found.filter((f, i) => found.findIndex((g) => g.path === f.path && g.start === f.start && g.end === f.end && g.type === f.type) === i);

const dropContained = (found: IdentifierFinding[]): IdentifierFinding[] =>
  found.filter((f, i) => !found.some((g, j) => j !== i && contains(g, f) && (g.end - g.start > f.end - f.start || j < i)));

const WRAPPED_DIGITS = /^\s*(\d[\d .-]{0,10}\d|\d)(?=\s*(?:$|[,;|]))/u;

/**
 * A number cut by a narrow column ("Rijksregisternummer: 840904 841" / "90"): the digits that open
 * the next line complete a number that ends its line.
 */
const wrappedTails = (units: readonly TextUnit[], found: readonly IdentifierFinding[]): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (!next) return;
    const tail = WRAPPED_DIGITS.exec(next.text);
    if (!tail?.[1]) return;
    const f = found.find((x) => x.path === u.path && ['national-id', 'iban', 'phone', 'id-document'].includes(x.type) && x.end >= u.text.trimEnd().length);
    if (!f) return;
    const start = tail.index + tail[0].length - tail[1].length;
    out.push(identifier(next, start, start + tail[1].length, f.type, f.confidence, `${f.rule}-wrapped`));
  });
  return out;
};

const PAIR_TYPES = new Set(['national-id', 'iban', 'phone', 'referee', 'birth-place', 'birth-date', 'nationality', 'age', 'id-document']);

/**
 * Facts cut in two by a narrow column: "… – 0032 479" / "50 41 03", "Geboren op 20 oktober 1984 te" /
 * "Kisangani", "Numéro de registre national :" / "840309 885 48". Each pair of neighbouring lines is
 * read as one; a finding that reaches into the second line is split over both.
 */
const acrossLines = (units: readonly TextUnit[]): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i];
    const b = units[i + 1];
    if (!a || !b || a.kind === 'title' || b.kind === 'title') continue;
    const joint: TextUnit = { ...a, text: `${a.text} ${b.text}` };
    const cut = a.text.length;
    const accounts = findAccounts(joint);
    const numbers = [...accounts, ...findNationalIds(joint, accounts.map((f) => [f.start, f.end]))];
    const found = [...numbers, ...findPhones(joint, blank(joint.text, numbers.map((f) => [f.start, f.end]))), ...findPersonalFacts(joint)];
    for (const f of found) {
      if (!PAIR_TYPES.has(f.type) || f.end <= cut + 1) continue;
      if (f.start < cut) out.push(identifier(a, f.start, cut, f.type, f.confidence, `${f.rule}-wrapped`));
      const bs = Math.max(0, f.start - cut - 1);
      const be = f.end - cut - 1;
      if (be > bs) out.push(identifier(b, bs, be, f.type, f.confidence, `${f.rule}-wrapped`));
    }
  }
  return out;
};

const withIds = (f: Finding): Detection => ({ ...f, id: detectionId(f.path, f.start, f.end, f.type), fingerprint: fingerprint(f.kind, f.type, f.text) });

const order = (a: Detection, b: Detection) =>
  a.path === b.path ? a.start - b.start || b.end - a.end || a.type.localeCompare(b.type) : 0;

/**
 * Every personal identifier and special-category statement of a structured CV: pure and
 * deterministic, so stored results can be recomputed and compared.
 */
export const detectCv = (input: DetectInput): Detection[] => {
  const { cv, properties } = input;
  const matcher = nameMatcher(nameParts(cv, properties, input.extraNames));
  const blocks = cvBlocks(cv, properties);
  const out: Detection[] = [];
  for (const block of blocks) {
    const perUnit = block.units.flatMap((u) => identifiersOf(u, matcher));
    const identifiers = dropContained(dedupe([...perUnit, ...findTwoLineStreets(block.units), ...wrappedTails(block.units, perUnit), ...acrossLines(block.units)]));
    const masked = new Map<string, [number, number][]>();
    for (const f of identifiers) {
      if (f.type !== 'name' && f.type !== 'referee') continue;
      masked.set(f.path, [...(masked.get(f.path) ?? []), [f.start, f.end]]);
    }
    const specials = block.section === 'properties' ? [] : findSpecial(block, masked);
    const byPath = new Map(block.units.map((u, i) => [u.path, i]));
    const found = [...identifiers, ...specials].map(withIds);
    found.sort((a, b) => (byPath.get(a.path) ?? 0) - (byPath.get(b.path) ?? 0) || order(a, b));
    out.push(...found);
  }
  if (cv.hasPhoto) out.push(withIds({ kind: 'identifier', type: 'photo', scope: 'span', path: 'photo', section: 'photo', start: 0, end: 0, text: '', confidence: 1, rule: 'photo-embedded' }));
  return out;
};
