import type { PDFPageProxy } from 'pdfjs-dist';
import type { TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api';
import { cleanItemText } from './clean-text';
import { classifyFont, type FontInfo } from './fonts';
import { restoreWordGaps, type SpacingIndex } from './glyph-spacing';
import type { Run } from './types';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: readonly number[], n: readonly number[]): Matrix => {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = n;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
};

const isTextItem = (item: unknown): item is TextItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** The embedded font's real name and weight flags, once pdf.js has loaded it for the page. */
const fontOf = (page: PDFPageProxy, fontName: string, cache: Map<string, FontInfo>): FontInfo => {
  const known = cache.get(fontName);
  if (known) return known;
  let info: FontInfo = { bold: false, kind: 'text' };
  try {
    if (page.commonObjs.has(fontName)) {
      const font = page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown; black?: unknown } | null;
      if (font) info = classifyFont(typeof font.name === 'string' ? font.name : undefined, font);
    }
  } catch {
    // A font that failed to load is treated as regular text.
  }
  cache.set(fontName, info);
  return info;
};

export interface RunIds {
  next: number;
}

/**
 * Turns one page's text items into runs in top-left page coordinates, with size and weight.
 * Must run after `getOperatorList()` so that fonts are resolved in `commonObjs`.
 */
export const pageRuns = (
  page: PDFPageProxy,
  items: readonly unknown[],
  styles: Record<string, TextStyle>,
  fonts: Map<string, FontInfo>,
  ids: RunIds,
  spacing: SpacingIndex = new Map(),
): Run[] => {
  const viewport = page.getViewport({ scale: 1 });
  const runs: Run[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.length === 0) continue;
    const font = fontOf(page, item.fontName, fonts);
    const text = restoreWordGaps(cleanItemText(item.str, font.kind), spacing);
    if (text.length === 0) continue;
    const m = multiply(viewport.transform, item.transform as number[]);
    const [a, b, c, d, e, f] = m;
    const scaleX = Math.hypot(a, b);
    const size = Math.hypot(c, d) || scaleX;
    if (!(size > 0.5) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const vertical = styles[item.fontName]?.vertical === true;
    const rotated = vertical || Math.abs(b) > 0.08 * Math.abs(a) || a <= 0;
    const width = Math.max(0, Number.isFinite(item.width) ? item.width : 0);
    let x0 = e;
    let x1 = e + width;
    let base = f;
    let bottom: number | undefined;
    if (rotated) {
      const ux = scaleX > 0 ? a / scaleX : 0;
      const uy = scaleX > 0 ? b / scaleX : 1;
      const ex = e + width * ux;
      const ey = f + width * uy;
      x0 = Math.min(e, ex);
      x1 = Math.max(e, ex, e + 0.5 * size);
      base = Math.min(f, ey);
      bottom = Math.max(f, ey, base + size);
    }
    // Text placed off the page is invisible to a reader (and a way to hide keywords): skip it.
    if (x1 < 0 || x0 > viewport.width || base < -size || base > viewport.height + size) continue;
    runs.push({
      id: ids.next++,
      text,
      x0,
      x1,
      base,
      size,
      bold: font.bold,
      blank: text.trim().length === 0,
      rotated,
      ...(bottom === undefined ? {} : { bottom }),
    });
  }
  return runs;
};
