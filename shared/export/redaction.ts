import { z } from 'zod';
import type { CvEntry, CvSection, StructuredCv } from '../cv/model';
import type { ExportMode } from './model';

/**
 * What the export takes from review: the redactions the consultant accepted (detections and manual
 * ones), addressed by unit path into the StructuredCv JSON — `header.0`, `sections.2.lines.5`,
 * `sections.1.entries.0.title`, `sections.1.entries.0.bullets.3` — with UTF-16 offsets.
 */
export const RedactionSpan = z.object({
  path: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['identifier', 'special']),
  /** An identifier type (name, email, …) or a special category (health, …). */
  type: z.string(),
  text: z.string(),
});
export type RedactionSpan = z.infer<typeof RedactionSpan>;

/** 'unavailable': no review step is wired in yet; the export then relies on its own baseline. */
export const REVIEW_STATES = ['done', 'pending', 'unavailable'] as const;
export const ReviewState = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewState>;

export interface ExportPlan {
  readonly review: ReviewState;
  readonly spans: readonly RedactionSpan[];
  /** Further identifier values known for the candidate (aliases, maiden name): the leak guard searches them too. */
  readonly terms?: readonly { readonly type: string; readonly text: string }[];
}

/** Identifier types a named CV keeps; everything else accepted in review is removed in both modes. */
export const keptInMode = (mode: ExportMode, span: Pick<RedactionSpan, 'kind' | 'type'>): boolean =>
  mode === 'named' && span.kind === 'identifier' && span.type === 'name';

const SEPARATORS = '[,;:|/·•–—-]';

/**
 * Tidies a string after pieces were cut out: no doubled spaces or separators, no separator left
 * hanging at either end, no empty brackets. Returns undefined when nothing worth printing is left,
 * or when a "Label: value" lost its value (a bare label would hint at what was there).
 */
export const tidyAfterCut = (text: string): string | undefined => {
  let t = text
    .replace(/\(\s*[,;:|/·•–—-]?\s*\)|\[\s*\]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s+([,;:.!?)])/g, '$1')
    .replace(new RegExp(`(${SEPARATORS})(\\s*${SEPARATORS})+`, 'g'), '$1')
    .replace(/\(\s+/g, '(')
    .trim();
  if (/:\s*$/.test(t)) return undefined;
  t = t.replace(new RegExp(`^(${SEPARATORS}|\\s)+`), '').replace(/[\s,;|/·•–—-]+$/, '').trim();
  return /[\p{L}\p{N}]/u.test(t) ? t : undefined;
};

/** Replaces [start, end) ranges (may overlap) with `replacement(range)`, right to left. */
export const cutRanges = (
  text: string,
  ranges: readonly { start: number; end: number; replacement?: string }[],
): string => {
  const sorted = [...ranges]
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)), replacement: r.replacement ?? '' }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: typeof sorted = [];
  // Where a removal and a replacement overlap, the removal wins: an e-mail holding the name goes whole.
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end), replacement: last.replacement && r.replacement ? last.replacement : '' };
    else merged.push(r);
  }
  let out = text;
  for (const r of merged.reverse()) out = `${out.slice(0, r.start)}${r.replacement ? ` ${r.replacement} ` : ' '}${out.slice(r.end)}`;
  return out;
};

export interface Cut {
  readonly start: number;
  readonly end: number;
  /** Printed instead (the candidate's label for a name in running text); nothing when absent. */
  readonly replacement?: string;
}

/** Cuts for one unit; `undefined` text means the whole unit goes. */
export type UnitCutter = (path: string, text: string) => readonly Cut[];

const cutUnit = (path: string, text: string, cutter: UnitCutter): string | undefined => {
  const cuts = cutter(path, text);
  if (cuts.length === 0) return text.trim() === '' ? undefined : text;
  return tidyAfterCut(cutRanges(text, cuts));
};

const cutList = (base: string, items: readonly string[], cutter: UnitCutter, keep: (t: string) => boolean = () => true): string[] =>
  items.map((t, i) => (keep(t) ? cutUnit(`${base}.${i}`, t, cutter) : undefined)).filter((t): t is string => t !== undefined);

const BULLET_MARK = /^\s*[•·▪●◦■►▸‣⁃*–—-]\s+/u;
const squeeze = (t: string): string => t.replace(BULLET_MARK, '').normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * Whether an entry's raw line only repeats its title, organisation, period, location or part of a
 * bullet. Decided before anything is cut: once a statement is cut from a bullet, the raw lines it
 * was wrapped over must not come back as "unaccounted" text.
 */
export const lineAccounted = (entry: CvEntry, line: string): boolean => {
  const c = squeeze(line);
  if (c === '') return true;
  if (entry.bullets.some((b) => squeeze(b).includes(c))) return true;
  let rest = c;
  for (const f of [entry.title, entry.organisation, entry.period?.text, entry.location]) {
    const fc = squeeze(f ?? '');
    if (fc) rest = rest.split(fc).join('');
  }
  return rest.length <= 2;
};

const cutEntry = (base: string, e: CvEntry, cutter: UnitCutter): CvEntry | undefined => {
  const field = (name: 'title' | 'organisation' | 'location'): string | undefined => {
    const v = e[name];
    return v === undefined ? undefined : cutUnit(`${base}.${name}`, v, cutter);
  };
  const title = field('title');
  const organisation = field('organisation');
  const location = field('location');
  const periodText = e.period ? cutUnit(`${base}.period`, e.period.text, cutter) : undefined;
  const out: CvEntry = {
    ...(title ? { title } : {}),
    ...(organisation ? { organisation } : {}),
    ...(e.period && periodText ? { period: { ...e.period, text: periodText } } : {}),
    ...(location ? { location } : {}),
    bullets: cutList(`${base}.bullets`, e.bullets, cutter),
    // Only lines the entry's fields do not already hold: the rest would print twice.
    lines: cutList(`${base}.lines`, e.lines, cutter, (l) => !lineAccounted(e, l)),
  };
  const empty = !out.title && !out.organisation && out.bullets.length === 0 && out.lines.length === 0;
  return empty ? undefined : out;
};

/**
 * The CV with every cut applied, unit by unit. Units left empty disappear, entries left empty
 * disappear, and sections left empty disappear; nothing marks where something was.
 */
export const applyCuts = (cv: StructuredCv, cutter: UnitCutter): StructuredCv => {
  const sections = cv.sections
    .map((s, si): CvSection => {
      const base = `sections.${si}`;
      const entries = s.entries
        ?.map((e, ei) => cutEntry(`${base}.entries.${ei}`, e, cutter))
        .filter((e): e is CvEntry => e !== undefined);
      return { ...s, lines: cutList(`${base}.lines`, s.lines, cutter), ...(entries ? { entries } : {}) };
    })
    .filter((s) => s.lines.length > 0 || (s.entries?.length ?? 0) > 0);
  return { ...cv, header: cutList('header', cv.header, cutter), sections };
};

/** The plan's accepted spans for this mode, grouped by unit path. */
export const spansByPath = (plan: ExportPlan, mode: ExportMode): Map<string, RedactionSpan[]> => {
  const byPath = new Map<string, RedactionSpan[]>();
  for (const s of plan.spans) {
    if (keptInMode(mode, s) || s.end <= s.start) continue;
    const list = byPath.get(s.path) ?? [];
    list.push(s);
    byPath.set(s.path, list);
  }
  return byPath;
};

/** Accepted detections (shared/detect) as the export's spans: the review module hands these over. */
export const spansFromDetections = (
  accepted: readonly { path: string; start: number; end: number; kind: 'identifier' | 'special'; type: string; text: string }[],
): RedactionSpan[] => accepted.map(({ path, start, end, kind, type, text }) => ({ path, start, end, kind, type, text }));
