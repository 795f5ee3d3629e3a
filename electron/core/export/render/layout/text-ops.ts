import { breakLines, type Line, type Run } from './linebreak';
import type { DrawOp, Measurer, TextStyle } from './types';

/** Baseline of a line of text of `size` in a box of `height`, from the box's top. */
export const baselineIn = (measurer: Measurer, style: TextStyle, height: number): number => {
  const asc = measurer.ascent(style.font) * style.size;
  const desc = measurer.descent(style.font) * style.size;
  return (height - (asc + desc)) / 2 + asc;
};

/** Draw ops of a laid-out line with its left end at x and its baseline at y. */
export const lineOps = (line: Line, x: number, baseline: number): DrawOp[] =>
  line.runs.map((r) => ({ kind: 'text', x: x + r.x, y: baseline, text: r.text, style: r.style }));

/** One line of text, cut to fit (no wrapping): furniture and single-line labels. */
export const fitLine = (measurer: Measurer, runs: readonly Run[], maxWidth: number): Line | undefined => breakLines(measurer, runs, maxWidth)[0];
