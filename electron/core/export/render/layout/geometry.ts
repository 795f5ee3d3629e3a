import type { Template } from '../../../../../shared/export/template';
import { mm, PAGE_SIZES } from './theme';

export interface Column {
  readonly x: number;
  readonly width: number;
}

export interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly main: Column;
  /** The sidebar's text column and its coloured band (full page height). */
  readonly sidebar?: Column & { readonly band: { readonly x: number; readonly width: number } };
  /** Furniture spans the main column (the band keeps its own colour to the edge). */
  readonly furniture: Column;
}

/** Columns of a page in points, from the template's page size, margins and layout. */
export const geometryOf = (template: Template): Geometry => {
  const { width, height } = PAGE_SIZES[template.page.size];
  const m = template.page.margins;
  const top = mm(m.top);
  const bottom = height - mm(m.bottom);
  const layout = template.layout;
  if (layout.kind === 'single') {
    const main = { x: mm(m.left), width: width - mm(m.left) - mm(m.right) };
    return { width, height, top, bottom, main, furniture: main };
  }
  const bandW = mm(layout.width);
  const gutter = mm(8);
  const inner = mm(6);
  if (layout.side === 'left') {
    const main = { x: bandW + gutter, width: width - bandW - gutter - mm(m.right) };
    return { width, height, top, bottom, main, furniture: main, sidebar: { x: mm(m.left), width: bandW - mm(m.left) - inner, band: { x: 0, width: bandW } } };
  }
  const main = { x: mm(m.left), width: width - bandW - gutter - mm(m.left) };
  return { width, height, top, bottom, main, furniture: main, sidebar: { x: width - bandW + inner, width: bandW - inner - mm(m.right), band: { x: width - bandW, width: bandW } } };
};
