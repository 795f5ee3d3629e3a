import { findColumnSplit } from './gutter';
import { median, runBottom, runCenterX, runCenterY, runTop, type Run } from './types';

/** Runs read together, in reading order, with the page column they belong to (0 = full width). */
export interface Block {
  runs: Run[];
  column: number;
}

const MAX_DEPTH = 48;

/** The widest horizontal band of white across the whole region, if clearly wider than a line gap. */
const horizontalCut = (solid: readonly Run[]): number | undefined => {
  const boxes = solid.map((r) => [runTop(r), runBottom(r)] as const).sort((a, b) => a[0] - b[0]);
  const first = boxes[0];
  if (!first) return undefined;
  let cursor = first[1];
  let widest = 0;
  let at: number | undefined;
  for (const [t, b] of boxes) {
    if (t - cursor > widest) {
      widest = t - cursor;
      at = (t + cursor) / 2;
    }
    cursor = Math.max(cursor, b);
  }
  return widest >= 0.5 * median(solid.map((r) => r.size)) ? at : undefined;
};

const solidTop = (runs: readonly Run[]): number =>
  runs.reduce((m, r) => (r.blank || r.rotated ? m : Math.min(m, runTop(r))), Infinity);

/**
 * A header line that stops short of the gutter (a job title under a long name) is caught in the
 * column below it. When one side starts clearly above the other and its first lines are set off
 * from the rest of that side by a wide gap, those lines belong to the band above the columns.
 */
const liftLeadingBlock = (side: Run[], other: readonly Run[], above: Run[]): void => {
  const otherTop = solidTop(other);
  if (!Number.isFinite(otherTop)) return;
  const solid = side.filter((r) => !r.blank && !r.rotated);
  const leading = solid.filter((r) => runBottom(r) <= otherTop);
  const rest = solid.filter((r) => runBottom(r) > otherTop);
  if (leading.length === 0 || rest.length === 0) return;
  const gap = solidTop(rest) - leading.reduce((m, r) => Math.max(m, runBottom(r)), -Infinity);
  if (gap < 2 * median(solid.map((r) => r.size))) return;
  const cut = solidTop(rest);
  for (let i = side.length - 1; i >= 0; i--) {
    const r = side[i] as Run;
    if (runCenterY(r) < cut) {
      above.push(r);
      side.splice(i, 1);
    }
  }
};

/** Full-width white bands across the runs (gaps no run spans), as [from, to], top to bottom. */
const whiteBands = (solid: readonly Run[], minGap: number): [number, number][] => {
  const boxes = solid.map((r) => [runTop(r), runBottom(r)] as const).sort((a, b) => a[0] - b[0]);
  const bands: [number, number][] = [];
  let cursor = boxes[0]?.[1] ?? 0;
  for (const [t, b] of boxes) {
    if (t - cursor >= minGap) bands.push([cursor, t]);
    cursor = Math.max(cursor, b);
  }
  return bands;
};

const solidOf = (runs: readonly Run[]): Run[] => runs.filter((r) => !r.blank && !r.rotated);

/**
 * Bands of a page can be split differently: side-by-side blocks under the header, then a sidebar
 * and a main column with their gutter elsewhere. A gutter's white runs on as long as no text
 * crosses it, so it can take in the first rows of the next band (its headings, beside each other
 * but both on one side of this gutter). Rows below a white band at the split's lower end move to
 * the region below when that region's own column split, a different one, takes them in with text
 * on both of its sides. (The upper end is left to liftLeadingBlock: a header beside the top of a
 * column split would too often pass for a split of its own.)
 */
const handDownTrailingRows = (sides: Run[][], below: Run[], x: number): void => {
  const solidBelow = solidOf(below);
  const zone = solidOf(sides.flat());
  if (solidBelow.length === 0 || zone.length === 0) return;
  let moved: Run[] | undefined;
  for (const [from, to] of whiteBands(zone, 0.5 * median(zone.map((r) => r.size))).reverse()) {
    const at = (from + to) / 2;
    const trailing = zone.filter((r) => runCenterY(r) > at);
    const split = findColumnSplit([...trailing, ...solidBelow]);
    const takes =
      split !== undefined &&
      Math.abs(split.x - x) > 6 &&
      trailing.every((r) => runCenterY(r) > split.top && runCenterY(r) < split.bottom) &&
      trailing.some((r) => runCenterX(r) < split.x) &&
      trailing.some((r) => runCenterX(r) >= split.x);
    if (!takes) break;
    moved = sides.flat().filter((r) => runCenterY(r) > at);
  }
  if (!moved) return;
  const leaving = new Set(moved);
  for (const side of sides) {
    for (let i = side.length - 1; i >= 0; i--) if (leaving.has(side[i] as Run)) side.splice(i, 1);
  }
  below.push(...moved);
};

const place = (runs: Run[], column: number, depth: number, out: Block[], tables: readonly number[] = []): void => {
  if (runs.length === 0) return;
  const solid = runs.filter((r) => !r.blank && !r.rotated);
  if (solid.length < 2 || depth > MAX_DEPTH) {
    out.push({ runs, column });
    return;
  }
  const known = [...tables];
  const split = findColumnSplit(solid, known);
  if (split) {
    const above: Run[] = [];
    const below: Run[] = [];
    const left: Run[] = [];
    const right: Run[] = [];
    for (const r of runs) {
      const cy = runCenterY(r);
      if (cy <= split.top) above.push(r);
      else if (cy >= split.bottom) below.push(r);
      else (runCenterX(r) < split.x ? left : right).push(r);
    }
    liftLeadingBlock(left, right, above);
    liftLeadingBlock(right, left, above);
    handDownTrailingRows([left, right], below, split.x);
    // The outermost split names the page's columns; splits inside a column keep its number.
    const [lc, rc] = column === 0 ? [1, 2] : [column, column];
    place(above, column, depth + 1, out, known);
    place(left, lc, depth + 1, out, known);
    place(right, rc, depth + 1, out, known);
    place(below, column, depth + 1, out, known);
    return;
  }
  const cut = horizontalCut(solid);
  if (cut === undefined) {
    out.push({ runs, column });
    return;
  }
  place(
    runs.filter((r) => runCenterY(r) < cut),
    column,
    depth + 1,
    out,
    known,
  );
  place(
    runs.filter((r) => runCenterY(r) >= cut),
    column,
    depth + 1,
    out,
    known,
  );
};

/**
 * Reading order of one page: recursively, a full-width band above columns first, then the
 * columns left to right (each top to bottom), then what lies below; regions without columns
 * are cut at wide horizontal gaps so that side-by-side blocks within them can be found too.
 */
export const layoutPage = (runs: readonly Run[]): Block[] => {
  const out: Block[] = [];
  place([...runs], 0, 0, out);
  return out;
};
