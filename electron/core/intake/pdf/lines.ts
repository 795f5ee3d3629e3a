import { joinRuns } from './words';
import { maxOf, minOf, runBottom, runTop, type Line, type Run } from './types';

interface Cluster {
  runs: Run[];
  /** The box of the largest run: what other runs must overlap to share the line. */
  top: number;
  bottom: number;
  size: number;
}

const overlap = (aTop: number, aBottom: number, bTop: number, bBottom: number): number =>
  Math.min(aBottom, bBottom) - Math.max(aTop, bTop);

/**
 * Groups runs into visual lines by their baselines' vertical boxes (not by pdf.js's `hasEOL`):
 * a run joins the line whose box it overlaps by at least half of the smaller height, so
 * superscripts and mixed sizes stay on their line and separate lines never merge.
 */
const clusterByBaseline = (runs: readonly Run[]): Cluster[] => {
  const sorted = runs.filter((r) => !r.blank).sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const clusters: Cluster[] = [];
  for (const run of sorted) {
    const top = runTop(run);
    const bottom = runBottom(run);
    let best: Cluster | undefined;
    let bestScore = 0.5;
    for (let k = clusters.length - 1; k >= 0 && k >= clusters.length - 12; k--) {
      const c = clusters[k] as Cluster;
      const score = overlap(top, bottom, c.top, c.bottom) / Math.min(bottom - top, c.bottom - c.top);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) {
      best.runs.push(run);
      if (run.size > best.size) Object.assign(best, { top, bottom, size: run.size });
    } else clusters.push({ runs: [run], top, bottom, size: run.size });
  }
  // Explicit spaces only matter between words of a line: they go to the line they sit on.
  for (const blank of runs.filter((r) => r.blank)) {
    const home = clusters.find((c) => Math.abs(c.bottom - 0.2 * c.size - blank.base) <= 0.3 * c.size);
    home?.runs.push(blank);
  }
  return clusters;
};

/**
 * Text on one baseline but far apart and typeset differently (a big name beside a small
 * address block) belongs to different blocks; text far apart in the same style is one line
 * with a tab in it ("Engineer        2019 – 2021").
 */
const splitSegments = (runs: readonly Run[]): Run[][] => {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const segments: Run[][] = [];
  let current: Run[] = [];
  let last: Run | undefined;
  for (const run of sorted) {
    if (run.blank) {
      current.push(run);
      continue;
    }
    if (last) {
      const gap = run.x0 - last.x1;
      const small = Math.min(last.size, run.size);
      const big = Math.max(last.size, run.size);
      const differs = big / small > 1.3 || Math.abs(run.base - last.base) > 0.15 * small;
      // Measured in the smaller type: a form's small label sits a few of its own letters from the
      // big value beside it, far less than the value's size would suggest.
      if (gap > Math.max(1.5 * small, 0.8 * big) && differs) {
        segments.push(current);
        current = [];
      }
    }
    current.push(run);
    last = run;
  }
  if (current.length) segments.push(current);
  return segments.map((s) => trimBlanks(s)).filter((s) => s.length > 0);
};

const trimBlanks = (runs: Run[]): Run[] => {
  let a = 0;
  let b = runs.length;
  while (a < b && runs[a]?.blank) a++;
  while (b > a && runs[b - 1]?.blank) b--;
  return runs.slice(a, b);
};

const toLine = (runs: Run[]): Line | undefined => {
  const text = joinRuns(runs);
  if (!text) return undefined;
  const solid = runs.filter((r) => !r.blank);
  let chars = 0;
  let boldChars = 0;
  const sizeWeight = new Map<number, number>();
  for (const r of solid) {
    const n = r.text.replace(/\s/g, '').length;
    chars += n;
    if (r.bold) boldChars += n;
    const key = Math.round(r.size * 10) / 10;
    sizeWeight.set(key, (sizeWeight.get(key) ?? 0) + n);
  }
  let size = 0;
  let weight = -1;
  for (const [s, w] of sizeWeight) if (w > weight || (w === weight && s > size)) [size, weight] = [s, w];
  // The baseline of the dominant size: superscripts must not move the line.
  const main = solid.filter((r) => Math.abs(r.size - size) < 0.06);
  const base = (main.length ? main : solid).reduce((m, r) => Math.max(m, r.base), -Infinity);
  return {
    runs,
    text,
    x0: minOf(solid.map((r) => r.x0)),
    x1: maxOf(solid.map((r) => r.x1)),
    base,
    size,
    bold: chars > 0 && boldChars / chars >= 0.6,
  };
};

/** Lines of one block of a page, top to bottom; pieces of one row left to right. */
export const buildLines = (runs: readonly Run[]): Line[] => {
  const lines: Line[] = [];
  for (const run of runs) {
    if (!run.rotated || run.blank) continue;
    const line = toLine([run]);
    if (line) lines.push(line);
  }
  for (const cluster of clusterByBaseline(runs.filter((r) => !r.rotated))) {
    for (const segment of splitSegments(cluster.runs)) {
      const line = toLine(segment);
      if (line) lines.push(line);
    }
  }
  return readingSort(lines);
};

/** Top to bottom; lines whose baselines (nearly) coincide are one row, read left to right. */
const readingSort = (lines: Line[]): Line[] => {
  const byBase = [...lines].sort((a, b) => a.base - b.base);
  const out: Line[] = [];
  let row: Line[] = [];
  for (const line of byBase) {
    const first = row[0];
    if (first && Math.abs(line.base - first.base) > 0.3 * Math.min(line.size, first.size)) {
      out.push(...row.sort((a, b) => a.x0 - b.x0));
      row = [];
    }
    row.push(line);
  }
  out.push(...row.sort((a, b) => a.x0 - b.x0));
  return out;
};
