import { fillLine, withPage, type PlaceholderValues } from '../../../../../shared/export/placeholders';
import type { TemplateFurniture } from '../../../../../shared/export/template';
import { breakText } from './linebreak';
import type { Column } from './geometry';
import { baselineIn, lineOps } from './text-ops';
import { style } from './theme';
import type { DrawOp, Measurer, TextStyle } from './types';

export interface FurnitureStyle {
  readonly text: TextStyle;
  readonly lineHeight: number;
}

export const furnitureStyle = (size: number, color: string): FurnitureStyle => ({ text: style('regular', size, color), lineHeight: size * 1.45 });

/** The filled lines of one side; lines whose every part lacks a value are left out. */
export const furnitureLines = (lines: TemplateFurniture['left'], values: PlaceholderValues): string[] =>
  lines.map((parts) => fillLine(parts, values)).filter((l): l is string => l !== undefined);

/** How many lines the furniture takes at most (page numbers filled with a stand-in). */
export const furnitureRows = (f: TemplateFurniture, values: PlaceholderValues): number =>
  Math.max(furnitureLines(f.left, withPage(values, 9, 9)).length, furnitureLines(f.right, withPage(values, 9, 9)).length);

/** Left lines flush left, right lines flush right, from `top` down; the right side keeps its width first. */
export const furnitureOps = (measurer: Measurer, f: TemplateFurniture, values: PlaceholderValues, col: Column, top: number, s: FurnitureStyle): DrawOp[] => {
  const ops: DrawOp[] = [];
  const right = furnitureLines(f.right, values);
  const rightW = Math.max(0, ...right.map((t) => breakText(measurer, t, s.text, col.width * 0.5)[0]?.width ?? 0));
  const base = baselineIn(measurer, s.text, s.lineHeight);
  right.forEach((t, i) => {
    const line = breakText(measurer, t, s.text, col.width * 0.5)[0];
    if (line) ops.push(...lineOps(line, col.x + col.width - line.width, top + i * s.lineHeight + base));
  });
  furnitureLines(f.left, values).forEach((t, i) => {
    // Left lines never run under the right ones: cut to the space that is left.
    const line = breakText(measurer, t, s.text, col.width - rightW - 12)[0];
    if (line) ops.push(...lineOps(line, col.x, top + i * s.lineHeight + base));
  });
  return ops;
};
