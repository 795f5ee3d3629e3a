import type { Block, CompanyCvSection, EntryBlock } from '../../../../../shared/export/model';
import { breakLines, breakText, type Line, type Run } from './linebreak';
import { baselineIn, lineOps } from './text-ops';
import { style, type Palette, type Theme } from './theme';
import type { DrawOp, Measurer, Slice, TextStyle } from './types';

/** Everything a column needs to turn blocks into slices. */
export interface ColumnContext {
  readonly measurer: Measurer;
  readonly theme: Theme;
  readonly palette: Palette;
  readonly width: number;
}

const lineHeight = (c: ColumnContext, size = c.theme.base) => size * c.theme.leading;

/** Text lines as slices: the first keeps with the second (no orphan), the last but one with the last (no widow). */
const textSlices = (c: ColumnContext, lines: readonly Line[], opts: { label: string; indent?: number; spaceBefore: number; size?: number; lead?: (x: number, top: number) => DrawOp[] }): Slice[] => {
  const h = lineHeight(c, opts.size);
  const first = lines[0]?.runs[0]?.style ?? style('regular', opts.size ?? c.theme.base, c.palette.text);
  const base = baselineIn(c.measurer, first, h);
  return lines.map((line, i) => ({
    label: `${opts.label}:${i}`,
    height: h,
    spaceBefore: i === 0 ? opts.spaceBefore : 0,
    keepWithNext: lines.length > 1 && (i === 0 || i === lines.length - 2),
    draw: (x, top) => [...(i === 0 && opts.lead ? opts.lead(x, top) : []), ...lineOps(line, x + (opts.indent ?? 0), top + base)],
  }));
};

export const headingText = (c: ColumnContext, text: string): string => (c.theme.headingCase === 'upper' ? text.toLocaleUpperCase() : text);

export const headingSlice = (c: ColumnContext, section: CompanyCvSection, first: boolean): Slice => {
  const t = c.theme;
  const s = style('heading', t.headingSize, c.palette.heading, t.headingTracking);
  const [line] = breakText(c.measurer, headingText(c, section.heading), s, c.width);
  const textH = t.headingSize * 1.3;
  const ruleSpace = t.headingRule === 'below' || t.headingRule === 'bar' ? 5 : 0;
  const height = textH + ruleSpace + t.headingGap;
  const base = baselineIn(c.measurer, s, textH);
  return {
    label: `heading:${section.kind}`,
    height,
    spaceBefore: first ? 0 : t.sectionGap,
    keepWithNext: true,
    draw: (x, top) => {
      const ops: DrawOp[] = line ? lineOps(line, x, top + base) : [];
      const under = top + textH + 1.5;
      if (t.headingRule === 'below') ops.push({ kind: 'line', x1: x, y1: under, x2: x + c.width, y2: under, color: c.palette.rule, thickness: 0.8 });
      if (t.headingRule === 'bar') ops.push({ kind: 'rect', x, y: under, width: 22, height: 2.2, color: c.palette.accent });
      if (t.headingRule === 'after' && line) {
        const mid = top + base - t.headingSize * 0.32;
        const from = x + line.width + 6;
        if (from < x + c.width - 10) ops.push({ kind: 'line', x1: from, y1: mid, x2: x + c.width, y2: mid, color: c.palette.rule, thickness: 0.7 });
      }
      return ops;
    },
  };
};

const paragraphSlices = (c: ColumnContext, text: string, label: string, spaceBefore: number, indent = 0): Slice[] =>
  textSlices(c, breakText(c.measurer, text, style('regular', c.theme.base, c.palette.text), c.width - indent), { label, spaceBefore, indent });

const bulletSlices = (c: ColumnContext, items: readonly string[], label: string, spaceBefore: number, indent = 0): Slice[] => {
  const t = c.theme;
  const body = style('regular', t.base, c.palette.text);
  const mark = style('regular', t.base, c.palette.accent);
  const glyph = c.measurer.printable(t.bullet, 'regular') || '•';
  return items.flatMap((item, n) => {
    const lines = breakText(c.measurer, item, body, c.width - indent - t.bulletIndent);
    const h = lineHeight(c);
    const base = baselineIn(c.measurer, body, h);
    return textSlices(c, lines, {
      label: `${label}.${n}`,
      spaceBefore: n === 0 ? spaceBefore : t.itemGap,
      indent: indent + t.bulletIndent,
      lead: (x, top) => [{ kind: 'text', x: x + indent + t.bulletIndent * 0.15, y: top + base, text: glyph, style: mark }],
    });
  });
};

const chipSlices = (c: ColumnContext, items: readonly string[], label: string, spaceBefore: number): Slice[] => {
  const t = c.theme;
  const s = style('regular', t.small + 0.4, c.palette.chipText);
  const padX = 5;
  const lineH = s.size * 1.25;
  const gap = 4;
  // An item too long for one chip wraps inside a taller chip rather than being cut.
  const chips = items.map((item) => {
    const lines = breakText(c.measurer, item, s, c.width - padX * 2);
    const width = Math.max(...lines.map((l) => l.width), 0) + padX * 2;
    return { lines, width, height: lines.length * lineH + 5.5 };
  });
  const rows: (typeof chips)[] = [[]];
  let x = 0;
  for (const chip of chips) {
    if (x > 0 && x + chip.width > c.width) {
      rows.push([]);
      x = 0;
    }
    (rows[rows.length - 1] as typeof chips).push(chip);
    x += chip.width + gap;
  }
  const base = baselineIn(c.measurer, s, lineH);
  return rows.map((row, r) => ({
    label: `${label}:${r}`,
    height: Math.max(...row.map((ch) => ch.height)) + gap,
    spaceBefore: r === 0 ? spaceBefore : 0,
    keepWithNext: false,
    draw: (x0, top) => {
      const ops: DrawOp[] = [];
      let cx = x0;
      for (const chip of row) {
        ops.push({ kind: 'rect', x: cx, y: top, width: chip.width, height: chip.height, color: c.palette.chip, radius: Math.min(chip.height / 2, 8) });
        chip.lines.forEach((line, i) => ops.push(...lineOps(line, cx + padX, top + 2.75 + i * lineH + base)));
        cx += chip.width + gap;
      }
      return ops;
    },
  }));
};

const inlineTagSlices = (c: ColumnContext, items: readonly string[], label: string, spaceBefore: number): Slice[] => {
  const body = style('regular', c.theme.base, c.palette.text);
  const dot = style('bold', c.theme.base, c.palette.accent);
  const runs: Run[] = items.flatMap((item, i) => (i === 0 ? [{ text: item, style: body }] : [{ text: '  ·  ', style: dot }, { text: item, style: body }]));
  return textSlices(c, breakLines(c.measurer, runs, c.width), { label, spaceBefore });
};

/** The title block of an entry: title (and period), organisation · location; kept with what follows. */
const entrySlices = (c: ColumnContext, e: EntryBlock, label: string, spaceBefore: number): Slice[] => {
  const t = c.theme;
  const periodLeft = t.entryLayout === 'period-left';
  const indent = periodLeft ? t.periodWidth : 0;
  const width = c.width - indent;
  const titleStyle = style('bold', t.base * 1.06, c.palette.text);
  const orgStyle = style('regular', t.base, c.palette.heading);
  const metaStyle = style('regular', t.small, c.palette.muted);
  const periodStyle: TextStyle = periodLeft ? style('bold', t.small, c.palette.accent) : metaStyle;
  const periodLines = e.period ? breakText(c.measurer, e.period, periodStyle, periodLeft ? t.periodWidth - 8 : width * 0.4) : [];
  const periodW = !periodLeft && periodLines.length === 1 ? (periodLines[0]?.width ?? 0) + 10 : 0;
  const titleLines = breakText(c.measurer, e.title ?? e.organisation ?? '', titleStyle, width - periodW);
  const org = e.title ? e.organisation : undefined;
  const orgRuns: Run[] = [...(org ? [{ text: org, style: orgStyle }] : []), ...(e.location ? [{ text: `${org ? '  ·  ' : ''}${e.location}`, style: metaStyle }] : [])];
  const orgLines = orgRuns.length ? breakLines(c.measurer, orgRuns, width) : [];
  const tH = lineHeight(c, titleStyle.size);
  const oH = lineHeight(c);
  const pH = lineHeight(c, periodStyle.size);
  const stackedPeriodBelow = !periodLeft && periodW === 0 && periodLines.length > 0;
  const headH = Math.max(titleLines.length * tH + orgLines.length * oH + (stackedPeriodBelow ? periodLines.length * pH : 0), periodLeft ? periodLines.length * pH : 0);
  const hasBody = e.lines.length > 0 || e.bullets.length > 0;
  const head: Slice = {
    label: `${label}:title`,
    height: headH + (hasBody ? t.blockGap * 0.5 : 0),
    spaceBefore,
    keepWithNext: hasBody,
    draw: (x, top) => {
      const ops: DrawOp[] = [];
      let y = top;
      titleLines.forEach((l, i) => {
        ops.push(...lineOps(l, x + indent, y + baselineIn(c.measurer, titleStyle, tH)));
        if (i === 0 && periodW > 0 && periodLines[0]) ops.push(...lineOps(periodLines[0], x + c.width - periodLines[0].width, y + baselineIn(c.measurer, titleStyle, tH)));
        y += tH;
      });
      for (const l of orgLines) {
        ops.push(...lineOps(l, x + indent, y + baselineIn(c.measurer, orgStyle, oH)));
        y += oH;
      }
      if (stackedPeriodBelow) for (const l of periodLines) {
        ops.push(...lineOps(l, x + indent, y + baselineIn(c.measurer, periodStyle, pH)));
        y += pH;
      }
      if (periodLeft) periodLines.forEach((l, i) => ops.push(...lineOps(l, x, top + i * pH + baselineIn(c.measurer, titleStyle, tH))));
      return ops;
    },
  };
  return [
    head,
    ...e.lines.flatMap((l, i) => paragraphSlices(c, l, `${label}.p${i}`, i === 0 ? 0 : t.itemGap, indent)),
    ...bulletSlices(c, e.bullets, `${label}.b`, e.lines.length > 0 ? t.itemGap * 2 : 0, indent),
  ];
};

const blockSlices = (c: ColumnContext, block: Block, label: string, spaceBefore: number): Slice[] => {
  switch (block.type) {
    case 'paragraph':
      return paragraphSlices(c, block.text, label, spaceBefore);
    case 'bullets':
      return bulletSlices(c, block.items, label, spaceBefore);
    case 'tags':
      return c.theme.tags === 'chips' ? chipSlices(c, block.items, label, spaceBefore) : inlineTagSlices(c, block.items, label, spaceBefore);
    case 'entry':
      return entrySlices(c, block, label, spaceBefore);
  }
};

/** A column's sections as slices, in order. */
export const sectionSlices = (c: ColumnContext, sections: readonly CompanyCvSection[]): Slice[] =>
  sections.flatMap((section, si) => [
    headingSlice(c, section, si === 0),
    ...section.blocks.flatMap((b, bi) =>
      blockSlices(c, b, `${section.kind}.${bi}`, bi === 0 ? 0 : b.type === 'entry' ? c.theme.entryGap : c.theme.blockGap),
    ),
  ]);
