import type { CompanyCv, CompanyCvSection } from '../../../../../shared/export/model';
import { placeholderValues, withPage } from '../../../../../shared/export/placeholders';
import type { Template } from '../../../../../shared/export/template';
import { breakText } from './linebreak';
import { furnitureOps, furnitureRows, furnitureStyle } from './furniture';
import { geometryOf, type Geometry } from './geometry';
import { paginate, type Placed } from './paginate';
import { sectionSlices } from './slices';
import { baselineIn, lineOps } from './text-ops';
import { mainPalette, sidebarPalette, style, themeOf } from './theme';
import { candidateBlock, firmBand, logoBox, type Block, type LogoSize } from './title-block';
import type { DocumentLayout, DrawOp, Measurer, PageLayout } from './types';

const RUNNING_LOGO_H = 14;

/** Sidebar top on page 1: the logo and the firm on the band's colour. */
const sidebarFirm = (measurer: Measurer, template: Template, g: Geometry, logo: LogoSize | undefined): Block => {
  const side = g.sidebar;
  if (!side) return { ops: [], height: 0 };
  const p = sidebarPalette(template);
  const ops: DrawOp[] = [];
  let y = g.top;
  const box = logoBox(template, logo, side.width * 0.6);
  if (box) {
    ops.push({ kind: 'logo', x: side.x, y, width: box.width, height: box.height });
    y += box.height + 8;
  }
  const name = style('bold', 11.5, p.text);
  const small = style('regular', 7.4, p.muted);
  const lines = [
    ...(template.logo?.showFirmName !== false || !box ? breakText(measurer, template.firm.name, name, side.width).map((l) => ({ l, s: name, h: 14 })) : []),
    ...[template.firm.address, template.firm.phone, template.firm.website]
      .filter((t): t is string => !!t)
      .flatMap((t) => breakText(measurer, t, small, side.width).map((l) => ({ l, s: small, h: 10.2 }))),
  ];
  for (const { l, s, h } of lines) {
    ops.push(...lineOps(l, side.x, y + baselineIn(measurer, s, h)));
    y += h;
  }
  y += 10;
  ops.push({ kind: 'line', x1: side.x, y1: y, x2: side.x + side.width, y2: y, color: p.rule, thickness: 0.7 });
  return { ops, height: y + 14 - g.top };
};

const partition = (template: Template, sections: readonly CompanyCvSection[]) => {
  const inSidebar = template.layout.kind === 'sidebar' ? new Set(template.layout.sections) : new Set<string>();
  return { main: sections.filter((s) => !inSidebar.has(s.kind)), side: sections.filter((s) => inSidebar.has(s.kind)) };
};

/**
 * Lays out the whole company CV: title block on page 1, running header from page 2, footer with
 * page numbers on every page, the sidebar band on every page. Pure: the same input gives the same
 * pages, so it is unit-tested with a fake measurer.
 */
export const layoutDocument = (cv: CompanyCv, template: Template, measurer: Measurer, logo: LogoSize | undefined): DocumentLayout => {
  const g = geometryOf(template);
  const theme = themeOf(template);
  const values = placeholderValues(cv, template);
  const fStyle = furnitureStyle(Math.max(6.8, theme.small * 0.95), template.colors.muted);
  const footerH = furnitureRows(template.footer, values) * fStyle.lineHeight + 10;
  const headerRows = furnitureRows(template.header, values);
  const headerH = Math.max(headerRows * fStyle.lineHeight, template.logo && logo ? RUNNING_LOGO_H : 0) + 14;
  const palette = mainPalette(template);

  const band = g.sidebar ? undefined : firmBand(measurer, template, palette, g.main, g.top, logo);
  const titleTop = g.top + (band ? band.height + 16 : 0);
  const title = candidateBlock(measurer, template, cv, palette, g.main, titleTop);
  const mainTop1 = titleTop + title.height + (g.sidebar ? 18 : 14);
  const sideHead = sidebarFirm(measurer, template, g, logo);
  const contentBottom = g.bottom - footerH;

  const { main, side } = partition(template, cv.sections);
  const mainSlices = sectionSlices({ measurer, theme, palette, width: g.main.width }, main);
  const mainPages = paginate(mainSlices, (p) => ({ top: p === 0 ? mainTop1 : g.top + headerH, bottom: contentBottom }));
  const sidePages: Placed[][] = g.sidebar
    ? paginate(sectionSlices({ measurer, theme, palette: sidebarPalette(template), width: g.sidebar.width }, side), (p) => ({ top: p === 0 ? g.top + sideHead.height : g.top, bottom: contentBottom }))
    : [];
  const count = Math.max(mainPages.length, sidePages.length, 1);

  const pages: PageLayout[] = [];
  for (let p = 0; p < count; p++) {
    const ops: DrawOp[] = [];
    const pv = withPage(values, p + 1, count);
    if (g.sidebar && template.layout.kind === 'sidebar') ops.push({ kind: 'rect', x: g.sidebar.band.x, y: 0, width: g.sidebar.band.width, height: g.height, color: template.layout.background });
    if (p === 0) {
      ops.push(...(band?.ops ?? []), ...title.ops, ...sideHead.ops);
      if (g.sidebar) ops.push({ kind: 'rect', x: g.main.x, y: mainTop1 - 12, width: 36, height: 2.4, color: template.colors.accent });
    } else {
      const box = logoBox(template, logo, 60, RUNNING_LOGO_H);
      const left = box && !g.sidebar ? { x: g.furniture.x + box.width + 8, width: g.furniture.width - box.width - 8 } : g.furniture;
      if (box && !g.sidebar) ops.push({ kind: 'logo', x: g.furniture.x, y: g.top, width: box.width, height: box.height });
      ops.push(...furnitureOps(measurer, template.header, pv, left, g.top + (headerH - 14 - headerRows * fStyle.lineHeight) / 2, fStyle));
      const ry = g.top + headerH - 7;
      ops.push({ kind: 'line', x1: g.furniture.x, y1: ry, x2: g.furniture.x + g.furniture.width, y2: ry, color: template.colors.rule, thickness: 0.6 });
    }
    const fy = g.bottom - footerH + 10;
    ops.push({ kind: 'line', x1: g.furniture.x, y1: fy - 4, x2: g.furniture.x + g.furniture.width, y2: fy - 4, color: template.colors.rule, thickness: 0.6 });
    ops.push(...furnitureOps(measurer, template.footer, pv, g.furniture, fy, fStyle));
    const mainPlaced = mainPages[p] ?? [];
    const sidePlaced = sidePages[p] ?? [];
    for (const pl of mainPlaced) ops.push(...pl.slice.draw(g.main.x, pl.top));
    if (g.sidebar) for (const pl of sidePlaced) ops.push(...pl.slice.draw(g.sidebar.x, pl.top));
    pages.push({ ops, placed: { main: mainPlaced.map((x) => x.slice.label), sidebar: sidePlaced.map((x) => x.slice.label) } });
  }
  return { width: g.width, height: g.height, pages };
};
