import { formatExportDate } from '../../../../../shared/export/placeholders';
import type { CompanyCv } from '../../../../../shared/export/model';
import type { Template } from '../../../../../shared/export/template';
import { breakLines, breakText, type Run } from './linebreak';
import type { Column } from './geometry';
import { baselineIn, lineOps } from './text-ops';
import { mix, mm, style, type Palette } from './theme';
import type { DrawOp, Measurer } from './types';

export interface LogoSize {
  readonly width: number;
  readonly height: number;
}

export interface Block {
  readonly ops: DrawOp[];
  readonly height: number;
}

/** Logo scaled to the template's printed height, never wider than `maxWidth`. */
export const logoBox = (template: Template, logo: LogoSize | undefined, maxWidth: number, height?: number): LogoSize | undefined => {
  if (!template.logo || !logo) return undefined;
  let h = height ?? mm(template.logo.height);
  let w = (logo.width / logo.height) * h;
  if (w > maxWidth) {
    h *= maxWidth / w;
    w = maxWidth;
  }
  return { width: w, height: h };
};

const firmContactLines = (template: Template): string[] =>
  [template.firm.address, [template.firm.phone, template.firm.website].filter(Boolean).join('  ·  ')].filter((l): l is string => !!l && l.trim() !== '');

/** The firm's band at the top of page 1: logo, firm name, the firm's address on the right; a rule under it. */
export const firmBand = (measurer: Measurer, template: Template, palette: Palette, col: Column, top: number, logo: LogoSize | undefined): Block => {
  const ops: DrawOp[] = [];
  const box = logoBox(template, logo, col.width * 0.3);
  const nameStyle = style('heading', 14, palette.heading);
  const contactStyle = style('regular', 7.6, palette.muted);
  const contact = firmContactLines(template);
  const rowH = Math.max(box?.height ?? 0, 16, contact.length * 10.5);
  if (box) ops.push({ kind: 'logo', x: col.x, y: top + (rowH - box.height) / 2, width: box.width, height: box.height });
  if (template.logo?.showFirmName !== false || !box) {
    const x = col.x + (box ? box.width + 9 : 0);
    const [line] = breakText(measurer, template.firm.name, nameStyle, col.width * 0.55);
    if (line) ops.push(...lineOps(line, x, top + rowH / 2 - 8 + baselineIn(measurer, nameStyle, 16)));
  }
  contact.forEach((t, i) => {
    const [line] = breakText(measurer, t, contactStyle, col.width * 0.42);
    const y = top + (rowH - contact.length * 10.5) / 2 + i * 10.5 + baselineIn(measurer, contactStyle, 10.5);
    if (line) ops.push(...lineOps(line, col.x + col.width - line.width, y));
  });
  const ruleY = top + rowH + 8;
  ops.push({ kind: 'rect', x: col.x, y: ruleY, width: col.width, height: 1.6, color: template.colors.accent });
  return { ops, height: rowH + 8 + 1.6 };
};

const REF = { nl: 'Ref.', fr: 'Réf.', en: 'Ref.', de: 'Ref.' } as const;

const metaRuns = (cv: CompanyCv, palette: Palette, size: number): Run[] => {
  const muted = style('regular', size, palette.muted);
  const strong = style('bold', size, palette.heading);
  const parts: Run[][] = [];
  if (cv.location) parts.push([{ text: cv.location, style: strong }]);
  if (cv.candidateLabel !== cv.reference) parts.push([{ text: `${REF[cv.language]} ${cv.reference}`, style: muted }]);
  parts.push([{ text: formatExportDate(cv.date, cv.language), style: muted }]);
  return parts.flatMap((p, i) => (i === 0 ? p : [{ text: '   |   ', style: style('regular', size, mix(palette.muted, '#FFFFFF', 0.4)) }, ...p]));
};

/** The candidate's label, headline and a line of facts (city, reference, date). */
export const candidateBlock = (measurer: Measurer, template: Template, cv: CompanyCv, palette: Palette, col: Column, top: number): Block => {
  const t = template.typography;
  const ops: DrawOp[] = [];
  let y = top;
  const nameStyle = style('heading', t.nameSize, palette.heading);
  for (const line of breakText(measurer, cv.candidateLabel, nameStyle, col.width)) {
    const h = t.nameSize * 1.18;
    ops.push(...lineOps(line, col.x, y + baselineIn(measurer, nameStyle, h)));
    y += h;
  }
  if (cv.headline) {
    const hs = style('regular', t.headlineSize, palette.accent);
    y += 1;
    for (const line of breakText(measurer, cv.headline, hs, col.width)) {
      const h = t.headlineSize * 1.35;
      ops.push(...lineOps(line, col.x, y + baselineIn(measurer, hs, h)));
      y += h;
    }
  }
  const size = Math.max(7.5, t.baseSize * 0.9);
  y += 4;
  for (const line of breakLines(measurer, metaRuns(cv, palette, size), col.width)) {
    ops.push(...lineOps(line, col.x, y + baselineIn(measurer, style('regular', size, palette.muted), size * 1.5)));
    y += size * 1.5;
  }
  return { ops, height: y - top };
};
