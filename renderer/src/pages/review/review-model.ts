import type { StructuredCv } from '../../../../shared/cv/model';
import type { ItemKind, ReviewItem } from '../../../../shared/detect/plan-types';
import { cvBlocks } from '../../../../shared/detect/units';

/** One string of the CV as the reviewer sees it, with its stable path. */
export interface ReviewUnit {
  readonly path: string;
  readonly text: string;
  readonly kind: 'header' | 'title' | 'line' | 'bullet' | 'entry-field' | 'furniture' | 'contact';
}

export interface ReviewBlock {
  /** A section kind, `header` or `furniture`. */
  readonly section: string;
  readonly units: readonly ReviewUnit[];
}

/** The CV's text in the order detection read it (document properties are not text on the page). */
export const reviewBlocks = (cv: StructuredCv): ReviewBlock[] =>
  cvBlocks(cv).map((b) => ({ section: b.section, units: b.units.map((u) => ({ path: u.path, text: u.text, kind: u.kind })) }));

/** One highlighted or plain run of a unit's text. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The most specific item covering this run (the shortest span), if any. */
  readonly itemId?: string;
  readonly kind?: ItemKind;
  readonly decision?: ReviewItem['decision'];
  /** Every item covering this run (nested finds: a name inside a statement). */
  readonly itemIds: readonly string[];
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly item: ReviewItem;
}

/** The plan's occurrences by unit path. */
export const marksByPath = (items: readonly ReviewItem[]): Map<string, Mark[]> => {
  const out = new Map<string, Mark[]>();
  for (const item of items)
    for (const o of item.occurrences) {
      if (o.end <= o.start) continue;
      const list = out.get(o.path) ?? [];
      list.push({ start: o.start, end: o.end, item });
      out.set(o.path, list);
    }
  return out;
};

/**
 * Cuts a unit's text at every mark boundary. Overlapping marks are common (a name inside a
 * health statement): each run shows the innermost one, and still knows the others.
 */
export const segmentsOf = (text: string, marks: readonly Mark[] = []): Segment[] => {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(m.start, text.length)));
    cuts.add(Math.max(0, Math.min(m.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const inner = covering[0];
    out.push({
      start,
      end,
      text: text.slice(start, end),
      itemIds: covering.map((m) => m.item.id),
      ...(inner ? { itemId: inner.item.id, kind: inner.item.kind, decision: inner.item.decision } : {}),
    });
  }
  return out;
};

/** Items in reading order (first occurrence), so j/k walk down the page; items not on the page go last. */
export const itemsInReadingOrder = (items: readonly ReviewItem[], blocks: readonly ReviewBlock[]): ReviewItem[] => {
  const rank = new Map<string, number>();
  blocks.forEach((b) => b.units.forEach((u) => rank.set(u.path, rank.size)));
  const position = (item: ReviewItem): number =>
    Math.min(...item.occurrences.map((o) => (rank.get(o.path) ?? 1e6) * 1e4 + Math.min(o.start, 9999)), Number.MAX_SAFE_INTEGER);
  return [...items].sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
};

export interface ItemGroup {
  readonly kind: ItemKind;
  readonly items: readonly ReviewItem[];
  readonly pending: number;
}

/** The side list: identifiers, special categories, manual redactions, each in reading order. */
export const groupByKind = (ordered: readonly ReviewItem[]): ItemGroup[] =>
  (['identifier', 'special', 'manual'] as const).map((kind) => {
    const items = ordered.filter((i) => i.kind === kind);
    return { kind, items, pending: items.filter((i) => i.decision === 'pending').length };
  });

const WORD = /[\p{L}\p{N}@._+\-'’]/u;

/**
 * A mouse selection grown to whole words and trimmed: manual terms match whole words only, so a
 * selection that starts mid-word would otherwise redact nothing.
 */
export const snapToWords = (text: string, start: number, end: number): { start: number; end: number; text: string } | undefined => {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  if (e <= s) return undefined;
  while (s > 0 && WORD.test(text.charAt(s - 1)) && WORD.test(text.charAt(s))) s--;
  while (e < text.length && WORD.test(text.charAt(e)) && WORD.test(text.charAt(e - 1))) e++;
  // Trailing sentence punctuation is not part of a term.
  while (e > s && /[.,;:!?)'’]/u.test(text.charAt(e - 1))) e--;
  while (s < e && /[(.'’]/u.test(text.charAt(s))) s++;
  const picked = text.slice(s, e);
  return /[\p{L}\p{N}]/u.test(picked) ? { start: s, end: e, text: picked } : undefined;
};

/** Where the shortcut keys move: the next or previous item, wrapping at the ends. */
export const step = (ordered: readonly ReviewItem[], current: string | undefined, by: 1 | -1): string | undefined => {
  if (ordered.length === 0) return undefined;
  const at = ordered.findIndex((i) => i.id === current);
  if (at < 0) return (by === 1 ? ordered[0] : ordered[ordered.length - 1])?.id;
  return ordered[(at + by + ordered.length) % ordered.length]?.id;
};

/**
 * A special-category statement wrapped over two lines reaches the plan as one item per line. The
 * consultant decides on the statement: keeping half a sentence would print a fragment, removing
 * half would leave one. Returns the item and every same-category piece it continues into.
 */
export const statementChain = (items: readonly ReviewItem[], blocks: readonly ReviewBlock[], id: string): string[] => {
  const place = new Map<string, { block: number; unit: number; text: string }>();
  blocks.forEach((b, bi) => b.units.forEach((u, ui) => place.set(u.path, { block: bi, unit: ui, text: u.text })));
  const pieces = (item: ReviewItem) =>
    item.occurrences.flatMap((o) => {
      const at = place.get(o.path);
      if (!at) return [];
      const lead = at.text.length - at.text.trimStart().length;
      return [{ ...at, reachesEnd: o.end >= at.text.trimEnd().length, fromStart: o.start <= lead }];
    });
  const joined = (a: ReviewItem, b: ReviewItem): boolean =>
    pieces(a).some((x) => pieces(b).some((y) => x.block === y.block && ((y.unit === x.unit + 1 && x.reachesEnd && y.fromStart) || (x.unit === y.unit + 1 && y.reachesEnd && x.fromStart))));
  const start = items.find((i) => i.id === id);
  if (!start || start.kind !== 'special') return [id];
  const chain = [start];
  for (let i = 0; i < chain.length; i++) {
    const cur = chain[i];
    if (!cur) break;
    for (const other of items)
      if (other.kind === 'special' && other.type === cur.type && !chain.includes(other) && joined(cur, other)) chain.push(other);
  }
  return chain.map((i) => i.id);
};
