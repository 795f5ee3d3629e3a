import type { DocumentProperties } from '../../shared/cv/document';
import type { StructuredCv } from '../../shared/cv/model';
import { fold } from '../../shared/detect/text/fold';
import type { Detection } from '../../shared/detect/types';
import { cvBlocks } from '../../shared/detect/units';
import type { FixtureTruth } from '../fixtures';

/**
 * Scores detections against a fixture's truth. Texts are compared folded and with white space
 * squashed, over each block's units joined by spaces (a PDF may wrap one truth line over two).
 */
interface Joined {
  section?: string;
  text: string;
  /** For each char of `text`: [unit path, offset in the unit], or undefined for a joining space. */
  at: ([string, number] | undefined)[];
}

const joinBlocks = (cv: StructuredCv, properties: DocumentProperties | undefined): Joined[] =>
  cvBlocks(cv, properties).map((b) => {
    let text = '';
    const at: Joined['at'] = [];
    for (const u of b.units) {
      if (u.kind === 'title') continue;
      const view = fold(u.text);
      let lastSpace = true;
      if (text) {
        text += ' ';
        at.push(undefined);
      }
      for (let i = 0; i < view.text.length; i++) {
        const ch = view.text.charAt(i);
        if (/\s/.test(ch)) {
          if (lastSpace) continue;
          text += ' ';
          at.push(undefined);
          lastSpace = true;
        } else {
          text += ch;
          at.push([u.path, view.starts[i] ?? 0]);
          lastSpace = false;
        }
      }
    }
    return { section: b.section, text, at };
  });

const squashFold = (s: string) => fold(s).text.replace(/\s+/g, ' ').trim();
// Letter-spaced text ("J A N") may come back joined; compare such items without spaces.
const spaceless = (s: string) => s.replace(/\s+/g, '');

interface Found {
  block: Joined;
  start: number;
  end: number;
}

const wordEdge = (text: string, i: number) => !/[\p{L}\p{N}@._-]/u.test(text.charAt(i)) || i < 0 || i >= text.length;

/** Occurrences of a text; `words`: whole words only (not inside e-mails, URLs or longer words). */
const findAll = (blocks: readonly Joined[], needle: string, words = false): Found[] => {
  const out: Found[] = [];
  if (!needle) return out;
  for (const block of blocks)
    for (let i = block.text.indexOf(needle); i >= 0; i = block.text.indexOf(needle, i + 1)) {
      if (words && !(wordEdge(block.text, i - 1) && wordEdge(block.text, i + needle.length))) continue;
      out.push({ block, start: i, end: i + needle.length });
    }
  if (out.length === 0 && /\s/.test(needle)) {
    const bare = spaceless(needle);
    for (const block of blocks) {
      const compact = block.text.replace(/\s/g, '');
      const idx: number[] = [];
      for (let i = 0; i < block.text.length; i++) if (!/\s/.test(block.text.charAt(i))) idx.push(i);
      for (let i = compact.indexOf(bare); i >= 0; i = compact.indexOf(bare, i + 1))
        out.push({ block, start: idx[i] ?? 0, end: (idx[i + bare.length - 1] ?? 0) + 1 });
    }
  }
  return out;
};

/** Share of the letters and digits of a found text that the given detections cover. */
const coverage = (f: Found, detections: readonly Detection[]): number => {
  let total = 0;
  let covered = 0;
  for (let i = f.start; i < f.end; i++) {
    const where = f.block.at[i];
    if (!where || !/[\p{L}\p{N}]/u.test(f.block.text.charAt(i))) continue;
    total++;
    if (detections.some((d) => d.path === where[0] && d.start <= where[1] && where[1] < d.end)) covered++;
  }
  return total === 0 ? 0 : covered / total;
};

const touched = (f: Found, detections: readonly Detection[]): boolean => coverage(f, detections) > 0;

export interface ItemOutcome {
  kind: 'identifier' | 'special' | 'keep';
  /** Truth type, category or keep reason. */
  label: string;
  /** Not located in the extracted text (an extraction issue, reported apart). */
  missingText: boolean;
  hit: boolean;
  /** Covered by a detection of the expected category (special) — type agreement for identifiers. */
  sameType: boolean;
}

const IDENTIFIER_TYPE_OF: Record<string, readonly string[]> = {
  name: ['name'],
  'given-name': ['name'],
  'national-number': ['national-id'],
  'referee-name': ['referee', 'name'],
  'referee-phone': ['referee', 'phone'],
  'referee-email': ['referee', 'email'],
};

export const scoreFixture = (
  truth: FixtureTruth,
  cv: StructuredCv,
  properties: DocumentProperties | undefined,
  detections: readonly Detection[],
): ItemOutcome[] => {
  const blocks = joinBlocks(cv, properties);
  const ids = detections.filter((d) => d.kind === 'identifier');
  const specials = detections.filter((d) => d.kind === 'special');
  const out: ItemOutcome[] = [];
  for (const t of truth.identifiers) {
    const item = squashFold(t.text);
    const inContext = findAll(blocks, squashFold(t.context)).flatMap((c) =>
      findAll([{ text: c.block.text.slice(c.start, c.end), at: c.block.at.slice(c.start, c.end) }], item),
    );
    const places = inContext.length > 0 ? inContext : findAll(blocks, item);
    if (places.length === 0) {
      out.push({ kind: 'identifier', label: t.type, missingText: true, hit: false, sameType: false });
      continue;
    }
    const hit = places.some((p) => coverage(p, ids) >= 0.999);
    const want = IDENTIFIER_TYPE_OF[t.type] ?? [t.type];
    const typed = ids.filter((d) => want.includes(d.type));
    out.push({ kind: 'identifier', label: t.type, missingText: false, hit, sameType: places.some((p) => coverage(p, typed) >= 0.999) });
  }
  for (const s of truth.special) {
    const places = findAll(blocks, squashFold(s.text));
    if (places.length === 0) {
      out.push({ kind: 'special', label: s.category, missingText: true, hit: false, sameType: false });
      continue;
    }
    const same = specials.filter((d) => d.type === s.category);
    out.push({
      kind: 'special',
      label: s.category,
      missingText: false,
      hit: places.some((p) => coverage(p, specials) >= 0.9),
      sameType: places.some((p) => coverage(p, same) >= 0.9),
    });
  }
  // Must-keep content is judged where it is the candidate's own content: a referee's employer in the
  // references section goes with the referee, whom both blind and named CVs remove.
  const ownBlocks = blocks.filter((b) => !b.section || b.section !== 'references');
  for (const k of truth.mustKeep) {
    const places = findAll(ownBlocks, squashFold(k.text), true);
    if (places.length === 0) {
      out.push({ kind: 'keep', label: k.reason, missingText: true, hit: false, sameType: false });
      continue;
    }
    const against = k.notFlaggedAs === 'anything' ? detections : specials;
    // "hit" for must-keep means wrongly flagged somewhere.
    const flagged = places.some((p) => touched(p, against));
    out.push({ kind: 'keep', label: k.reason, missingText: false, hit: flagged, sameType: flagged });
  }
  return out;
};
