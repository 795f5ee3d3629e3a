import type { CvEntry, SectionKind } from './model';
import type { CvLine } from './normalise';
import { readHead } from './entry-head';
import { isAnchor, isHeadLike } from './entry-lines';
import { startsLower, wordCount } from './fold';
import type { DocStyle } from './typography';

/** Sections whose content is a list of dated items worth splitting into entries. */
export const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'education', 'projects', 'volunteering']);

/** How many short lines above a date can be its entry's title, employer and place. */
const MAX_HEAD_ABOVE = 3;

/**
 * Group a section's lines into entries, one per dated line. CVs put the date either first (then
 * each entry starts at its date) or after the title (then it starts at the short head lines
 * right above its date, which must look like the first entry's head: bold if that one was).
 */
const group = (lines: readonly CvLine[], style: DocStyle): CvLine[][] => {
  const anchors = lines.flatMap((l, i) => (isAnchor(l) ? [i] : []));
  const first = anchors[0];
  if (first === undefined) return [[...lines]];
  const periodLeads = first === 0;
  const boldTitles = !periodLeads && lines.slice(0, first).some((l) => l.bold) && !lines[first]?.bold;
  const starts = [0];
  for (let k = 1; k < anchors.length; k++) {
    const at = anchors[k] ?? 0;
    const previous = anchors[k - 1] ?? 0;
    let s = at;
    if (!periodLeads) {
      // Walk up over head-like lines; with bold titles the head starts at the nearest bold one
      // ("Title" in bold, "Employer, City" plain, then the date), never above it.
      let top = at;
      while (top - 1 > previous && at - (top - 1) <= MAX_HEAD_ABOVE) {
        const above = lines[top - 1];
        if (!above || !isHeadLike(above, style)) break;
        top -= 1;
        if (boldTitles && above.bold) {
          s = top;
          break;
        }
        if (!boldTitles) s = top;
      }
    }
    starts.push(s);
  }
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
};

/** Right edge of the text per page and column, to tell a line that ran to the margin (and wrapped). */
const rightMargins = (lines: readonly CvLine[]): Map<string, number> => {
  const margins = new Map<string, number>();
  for (const l of lines) {
    if (l.x === undefined || l.width === undefined) continue;
    const key = `${l.page}:${l.column ?? 0}`;
    margins.set(key, Math.max(margins.get(key) ?? 0, l.x + l.width));
  }
  return margins;
};

/** Share of the column's width a line must fill to have been wrapped by the layout. */
const FULL_LINE = 0.8;

/**
 * Body lines → bullets, with lines that a PDF wrapped joined back to their item: a line continues
 * the previous one when it starts in lower case, or when the previous one is an unfinished bullet
 * that ran to the right margin (a short bullet line was not wrapped, so a capital after it starts
 * a new item; without geometry, as in DOCX, paragraphs are never wrapped).
 */
const toBullets = (body: readonly CvLine[], margins: ReadonlyMap<string, number>): string[] => {
  const ranToMargin = (l: CvLine): boolean => {
    const right = margins.get(`${l.page}:${l.column ?? 0}`);
    const left = Math.min(...body.filter((b) => b.page === l.page && (b.column ?? 0) === (l.column ?? 0)).map((b) => b.x ?? Infinity));
    if (l.x === undefined || l.width === undefined || right === undefined || !Number.isFinite(left)) return false;
    return l.x + l.width - left >= (right - left) * FULL_LINE;
  };
  const items: string[] = [];
  let previous: CvLine | undefined;
  let inBullet = false;
  for (const line of body) {
    const last = items.length - 1;
    const lower = startsLower(line.text);
    const open = previous !== undefined && !/[.!?:;]$/.test(previous.text.trim()) && ranToMargin(previous);
    const continues = last >= 0 && !line.bullet && line.page === previous?.page && (lower || (inBullet && open));
    if (continues) items[last] = `${items[last] ?? ''} ${line.text}`;
    else {
      items.push(line.text);
      inBullet = line.bullet;
    }
    previous = line;
  }
  return items;
};

const toEntry = (kind: SectionKind, lines: readonly CvLine[], style: DocStyle, margins: ReadonlyMap<string, number>): CvEntry => {
  const { bodyStart, ...head } = readHead(kind, lines, style);
  return { ...head, bullets: toBullets(lines.slice(bodyStart), margins), lines: lines.map((l) => l.text) };
};

/**
 * Entries of an experience-like section, or undefined when the section does not look like a list
 * of dated items (then its lines stand on their own and nothing is guessed).
 */
/**
 * A head line a narrow column broke after a dash or colon ("Mai 2021 –" / "Dezember 2025",
 * "Master in de Economie:" / "Accountancy") is one line again before entries are read.
 */
const joinBrokenLines = (lines: readonly CvLine[]): CvLine[] => {
  const out: CvLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const broken =
      previous !== undefined &&
      !previous.bullet &&
      !line.bullet &&
      previous.page === line.page &&
      (previous.column ?? 0) === (line.column ?? 0) &&
      /[-–—:]$/.test(previous.text.trim()) &&
      wordCount(line.text) <= 6;
    if (broken) out[out.length - 1] = { ...previous, text: `${previous.text.trim()} ${line.text}` };
    else out.push(line);
  }
  return out;
};

export const splitEntries = (kind: SectionKind, raw: readonly CvLine[], style: DocStyle): CvEntry[] | undefined => {
  if (!ENTRY_KINDS.has(kind) || raw.length === 0) return undefined;
  const lines = joinBrokenLines(raw);
  if (!lines.some(isAnchor)) return undefined;
  const margins = rightMargins(lines);
  return group(lines, style).map((g) => toEntry(kind, g, style, margins));
};
