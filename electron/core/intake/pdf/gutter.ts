import { maxOf, median, minOf, runBottom, runCenterX, runCenterY, runTop, type Run } from './types';

/** A vertical gutter at `x`, free of text from `top` to `bottom`. */
export interface ColumnSplit {
  x: number;
  top: number;
  bottom: number;
}

interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

interface Stretch {
  from: number;
  to: number;
}

interface Candidate extends Stretch {
  x: number;
  /** Width of the run of x positions sharing this stretch. */
  width: number;
}

/** Longest vertical stretch in [top, bottom] that no box crosses at x (± half the gutter). */
const emptyStretch = (boxes: readonly Box[], x: number, pad: number, top: number, bottom: number): Stretch => {
  let cursor = top;
  let best: Stretch = { from: top, to: top };
  for (const b of boxes) {
    if (b.x0 >= x + pad || b.x1 <= x - pad) continue;
    if (b.top - cursor > best.to - best.from) best = { from: cursor, to: b.top };
    cursor = Math.max(cursor, b.bottom);
  }
  if (bottom - cursor > best.to - best.from) best = { from: cursor, to: bottom };
  return best;
};

/** Candidate gutters, longest stretch first: consecutive x positions sharing a stretch make one. */
const candidates = (solid: readonly Run[], minGap: number, top: number, bottom: number): Candidate[] => {
  const boxes = solid.map((r) => ({ x0: r.x0, x1: r.x1, top: runTop(r), bottom: runBottom(r) })).sort((a, b) => a.top - b.top);
  const left = minOf(boxes.map((b) => b.x0));
  const right = maxOf(boxes.map((b) => b.x1));
  const pad = minGap / 2;
  const out: Candidate[] = [];
  let group: { from: number; to: number; xa: number; xb: number } | undefined;
  const flush = () => {
    if (group) out.push({ x: (group.xa + group.xb) / 2, from: group.from, to: group.to, width: group.xb - group.xa });
    group = undefined;
  };
  // One point per step on a page; coarser if a region is unusually wide, so the sweep stays bounded.
  const step = Math.max(1, (right - left) / 1500);
  for (let x = Math.ceil(left + pad); x <= right - pad; x += step) {
    const s = emptyStretch(boxes, x, pad, top, bottom);
    if (s.to - s.from <= 0) {
      flush();
      continue;
    }
    if (group && group.from === s.from && group.to === s.to) group.xb = x;
    else {
      flush();
      group = { from: s.from, to: s.to, xa: x, xb: x };
    }
  }
  flush();
  // Among gutters of (nearly) the longest stretch the widest wins: between two real columns the
  // white is wider than a gap that happens to run down inside one of them.
  const length = (c: Candidate) => c.to - c.from;
  out.sort((a, b) => length(b) - length(a));
  const best = out[0] ? length(out[0]) : 0;
  const leaders = out.filter((c) => length(c) >= 0.95 * best).sort((a, b) => b.width - a.width);
  return [...leaders, ...out.filter((c) => length(c) < 0.95 * best)];
};

interface Row {
  base: number;
  size: number;
  x0: number;
  x1: number;
  /** Text of the leftmost and of the rightmost piece, trimmed. */
  head: string;
  tail: string;
}

/** Rows by overlapping line boxes; a row's baseline is its largest run's, so super- and
 * subscripts (a raised "A" in a logo) do not shift it. */
const rowsOf = (runs: readonly Run[]): Row[] => {
  const rows: Row[] = [];
  for (const r of [...runs].sort((a, b) => a.base - b.base)) {
    const last = rows[rows.length - 1];
    const top = runTop(r);
    const bottom = runBottom(r);
    const shared = last ? Math.min(bottom, last.base + 0.2 * last.size) - Math.max(top, last.base - 0.8 * last.size) : 0;
    const text = r.text.trim();
    if (last && shared >= 0.5 * Math.min(r.size, last.size)) {
      if (r.size > last.size) Object.assign(last, { base: r.base, size: r.size });
      if (r.x0 < last.x0) Object.assign(last, { x0: r.x0, head: text });
      if (r.x1 > last.x1) Object.assign(last, { x1: r.x1, tail: text });
    } else rows.push({ base: r.base, size: r.size, x0: r.x0, x1: r.x1, head: text, tail: text });
  }
  return rows;
};

/** Share of values within a small tolerance of the most common one. */
const modeShare = (values: readonly number[]): number => {
  let best = 0;
  for (const v of values) best = Math.max(best, values.filter((w) => Math.abs(w - v) <= 2.5).length);
  return values.length ? best / values.length : 0;
};

/**
 * A column has an edge: most of its rows start at one x (or end at one x, or share a centre),
 * or nearly all start within a small indent of its left margin. Scattered labels (a chart's
 * captions, a right-aligned place name) do not make a column.
 */
const hasEdge = (rows: readonly Row[]): boolean => {
  if (rows.length <= 1) return true;
  const aligned = Math.max(
    modeShare(rows.map((r) => r.x0)),
    modeShare(rows.map((r) => r.x1)),
    modeShare(rows.map((r) => (r.x0 + r.x1) / 2)),
  );
  if (aligned >= 0.4) return true;
  const margin = minOf(rows.map((r) => r.x0));
  const indent = 2 * median(rows.map((r) => r.size));
  return rows.filter((r) => r.x0 <= margin + indent).length / rows.length >= 0.6;
};

/** Rows that start a block: the first, or one after more space than a normal line gap. */
const blockStarts = (rows: readonly Row[]): Row[] =>
  rows.filter((row, i) => {
    const prev = rows[i - 1];
    if (!prev) return true;
    const gap = row.base - 0.8 * row.size - (prev.base + 0.2 * prev.size);
    return gap > 0.45 * row.size;
  });

const pairs = (a: Row, b: Row): boolean => {
  const ratio = Math.max(a.size, b.size) / Math.min(a.size, b.size);
  const small = Math.min(a.size, b.size);
  if (ratio > 1.35) return false;
  // Same-size rows of a table share their baseline exactly; mixed sizes are top-aligned.
  const tol = ratio < 1.1 ? Math.max(0.5, 0.1 * small) : 0.2 * Math.max(a.size, b.size);
  return Math.abs(a.base - b.base) <= tol;
};

const pairedShare = (starts: readonly Row[], other: readonly Row[]): number =>
  starts.length === 0 ? 0 : starts.filter((s) => other.some((o) => pairs(s, o))).length / starts.length;

/**
 * The rows that tell a table from columns: block starts other than headings (a table's headings
 * sit on their own rows, without a partner). A lone start says nothing, so with fewer than two
 * every non-heading row counts.
 */
const evidenceRows = (rows: readonly Row[], other: readonly Row[]): readonly Row[] => {
  const body = median(rows.map((r) => r.size));
  const [otherTop, otherBottom] = extent(other);
  // A row with white beside it, between rows of the other side, spans the table like a heading.
  const alone = (r: Row) => rowTop(r) > otherTop && rowBottom(r) < otherBottom && !other.some((o) => rowTop(o) < rowBottom(r) + 0.5 * r.size && rowBottom(o) > rowTop(r) - 0.5 * r.size);
  const plain = (r: Row) => r.size <= 1.15 * body && !alone(r);
  const starts = blockStarts(rows).filter(plain);
  if (starts.length >= 2) return starts;
  const plainRows = rows.filter(plain);
  return plainRows.length > 0 ? plainRows : rows;
};

/**
 * A table (dates beside descriptions, labels beside values) also leaves a vertical gap, but its
 * entries start on shared rows; real columns flow independently and meet only by chance.
 */
const isTableLike = (l: readonly Row[], r: readonly Row[]): boolean =>
  !flowsBeside(l, r) && !flowsBeside(r, l) && Math.max(pairedShare(evidenceRows(l, r), r), pairedShare(evidenceRows(r, l), l)) >= 0.6;

/**
 * Prose wrapped over rows that each pair with a row of the other side: two columns that start
 * side by side in the same type line up row for row like a table, but a table's cell does not
 * go on, sentence unfinished, in the cell below. A line runs on when it ends in a letter or
 * comma and the next, at line spacing, starts in lower case; three such lines in a row suffice.
 */
const flowsBeside = (rows: readonly Row[], other: readonly Row[]): boolean => {
  let chain = 0;
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1] as Row;
    const row = rows[i] as Row;
    const gap = rowTop(row) - rowBottom(prev);
    const runsOn =
      gap <= 0.45 * row.size &&
      /[\p{L},]$/u.test(prev.tail) &&
      /^\p{Ll}/u.test(row.head) &&
      other.some((o) => pairs(prev, o)) &&
      other.some((o) => pairs(row, o));
    chain = runsOn ? chain + 1 : 0;
    if (chain >= 2) return true;
  }
  return false;
};

const extent = (rows: readonly Row[]): [number, number] => [
  minOf(rows.map((x) => x.base - 0.8 * x.size)),
  maxOf(rows.map((x) => x.base + 0.2 * x.size)),
];

const rowTop = (row: Row): number => row.base - 0.8 * row.size;
const rowBottom = (row: Row): number => row.base + 0.2 * row.size;

/**
 * Columns stand side by side: the shorter one runs alongside a good share of the longer one's
 * rows, or the longer one flows on past its end without a break. A block beside just the first
 * rows of a page, followed by a wide white band (an address next to the name), is a header
 * element and is left to the horizontal cut.
 */
const sideBySide = (l: readonly Row[], r: readonly Row[]): boolean => {
  const [lt, lb] = extent(l);
  const [rt, rb] = extent(r);
  const [longer, [st, sb]] = lb - lt >= rb - rt ? [l, [rt, rb]] : [r, [lt, lb]];
  if (Math.min(lb, rb) - Math.max(lt, rt) < 0.3 * (sb - st)) return false;
  const alongside = longer.filter((row) => row.base >= st && rowTop(row) <= sb).length;
  if (alongside >= 0.25 * longer.length) return true;
  const before = longer.filter((row) => rowTop(row) <= sb);
  const after = longer.find((row) => rowTop(row) > sb);
  const last = before[before.length - 1];
  if (!after || !last) return true;
  const gaps = longer.slice(1).map((row, i) => rowTop(row) - rowBottom(longer[i] as Row));
  const gap = rowTop(after) - Math.max(rowBottom(last), sb);
  return gap < Math.max(1.5 * median(gaps), 0.6 * after.size);
};

const meaningfulChars = (runs: readonly Run[]): number =>
  runs.reduce((n, r) => n + (r.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);

/**
 * Looks for two columns side by side: a vertical gutter no text crosses over at least half the
 * region's height, with real text (not just bullets) on both sides, each with an edge, standing
 * beside each other, and not a table.
 * `solid` holds the region's horizontal, non-blank runs. `tables` holds gutters the enclosing
 * region was read as a table at; gutters found to be a table here are added to it.
 */
export const findColumnSplit = (solid: readonly Run[], tables: number[] = []): ColumnSplit | undefined => {
  if (solid.length < 3) return undefined;
  const top = minOf(solid.map(runTop));
  const bottom = maxOf(solid.map(runBottom));
  const height = bottom - top;
  if (height <= 0) return undefined;
  const minGap = Math.max(6, 0.7 * median(solid.map((r) => r.size)));
  let tried = 0;
  for (const c of candidates(solid, minGap, top, bottom)) {
    if (c.to - c.from < 0.5 * height || tried++ >= 6) break;
    // Part of a region already read as a table at this gutter: a few of its rows alone say less.
    if (tables.some((x) => Math.abs(x - c.x) <= Math.max(8, c.width / 2))) continue;
    const inside = solid.filter((r) => {
      const cy = runCenterY(r);
      return cy > c.from && cy < c.to;
    });
    const left = inside.filter((r) => runCenterX(r) < c.x);
    const right = inside.filter((r) => runCenterX(r) >= c.x);
    if (meaningfulChars(left) < 3 || meaningfulChars(right) < 3) continue;
    const leftRows = rowsOf(left);
    const rightRows = rowsOf(right);
    // A single row beside a block is a title or a caption, not a column.
    if (leftRows.length < 2 || rightRows.length < 2) continue;
    if (!hasEdge(leftRows) || !hasEdge(rightRows)) continue;
    if (!sideBySide(leftRows, rightRows)) continue;
    if (isTableLike(leftRows, rightRows)) {
      tables.push(c.x);
      continue;
    }
    return { x: c.x, top: c.from, bottom: c.to };
  }
  return undefined;
};
