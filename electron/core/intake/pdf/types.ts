/**
 * One piece of text as pdf.js placed it, in points from the page's top-left corner (y grows
 * downwards). `blank` pieces are explicit spaces: they only separate words.
 */
export interface Run {
  id: number;
  text: string;
  x0: number;
  x1: number;
  /** Baseline; for rotated text the top of its extent. */
  base: number;
  size: number;
  bold: boolean;
  blank: boolean;
  /** Not horizontal (vertical or rotated text): kept as a line of its own. */
  rotated: boolean;
  /** Lower edge of a rotated run's extent. */
  bottom?: number;
}

/** A line of one column, before it becomes a TextLine. */
export interface Line {
  runs: Run[];
  text: string;
  x0: number;
  x1: number;
  base: number;
  size: number;
  bold: boolean;
}

/** Nominal ascent/descent as a fraction of the font size; pdf.js reports 0 for some fonts. */
export const ASCENT = 0.8;
export const DESCENT = 0.2;

export const runTop = (r: Run): number => (r.rotated ? r.base : r.base - ASCENT * r.size);
export const runBottom = (r: Run): number => (r.rotated ? (r.bottom ?? r.base + r.size) : r.base + DESCENT * r.size);
export const runCenterY = (r: Run): number => (runTop(r) + runBottom(r)) / 2;
export const runCenterX = (r: Run): number => (r.x0 + r.x1) / 2;

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Min and max without spreading: a page may hold more items than a call takes arguments. */
export const minOf = (values: readonly number[]): number => values.reduce((m, v) => (v < m ? v : m), Infinity);
export const maxOf = (values: readonly number[]): number => values.reduce((m, v) => (v > m ? v : m), -Infinity);
