import type { Line } from './types';

export type RunningRegion = 'header' | 'footer';

export interface PageLines {
  height: number;
  lines: readonly Line[];
}

/** Bands at the top and bottom of a page where running headers and footers live. */
const BAND = 0.14;

const PAGE_NUMBER =
  /^[-–—(\s]*(?:(?:page|pagina|pag\.?|p\.|seite|s\.|blz\.?|bladzijde|feuille)\s*)?\d{1,3}(?:\s*(?:\/|of|van|von|sur|de|\|)\s*\d{1,3})?[-–—)\s]*$/i;

/** "… Seite 2/3", "Page 1 / 1 - Curriculum vitae of …": a page counter anywhere in a running line. */
const PAGE_COUNTER = /(?:^|\s)(?:page|pagina|seite|blz\.?|p\.)\s*\d{1,3}\s*(?:\/|of|van|von|sur|de)\s*\d{1,3}(?=$|\s|[-–—|,.])/i;

const keyOf = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

const bandOf = (line: Line, height: number): RunningRegion | undefined => {
  const top = line.base - 0.8 * line.size;
  const bottom = line.base + 0.2 * line.size;
  if (bottom <= BAND * height) return 'header';
  if (top >= (1 - BAND) * height) return 'footer';
  return undefined;
};

/**
 * Lines repeated on most pages at the same height near the top or bottom (digits ignored, so
 * "Page 2 of 3" matches "Page 3 of 3"), and page numbers on their own: the page furniture that
 * must not be read as CV content. Returns the region for each such line's runs.
 */
export const findRunningLines = (pages: readonly PageLines[]): Map<number, RunningRegion> => {
  const regions = new Map<number, RunningRegion>();
  const mark = (line: Line, region: RunningRegion) => {
    for (const r of line.runs) regions.set(r.id, region);
  };
  const groups = new Map<string, { page: number; y: number; line: Line; region: RunningRegion }[]>();
  pages.forEach((p, page) => {
    const counters: Line[] = [];
    for (const line of p.lines) {
      const region = bandOf(line, p.height);
      if (!region) continue;
      if (PAGE_NUMBER.test(line.text) || PAGE_COUNTER.test(line.text)) {
        mark(line, region);
        counters.push(line);
        continue;
      }
      const key = `${region}|${keyOf(line.text)}`;
      const list = groups.get(key) ?? [];
      list.push({ page, y: line.base, line, region });
      groups.set(key, list);
    }
    // The rest of a footer block that carries the page counter ("© …", "Curriculum vitae of …"),
    // even on a one-page CV where nothing can repeat.
    for (const line of p.lines) {
      const region = bandOf(line, p.height);
      if (region && !counters.includes(line) && counters.some((c) => bandOf(c, p.height) === region && Math.abs(c.base - line.base) <= 2.5 * Math.max(c.size, line.size)))
        mark(line, region);
    }
  });
  // Pages that are pictures (scanned certificates) have no running lines and do not count.
  const textPages = pages.filter((p) => p.lines.reduce((n, l) => n + l.text.length, 0) >= 50).length;
  if (textPages < 2) return regions;
  for (const list of groups.values()) {
    // Same text at (about) the same height: count distinct pages around each position.
    for (const anchor of list) {
      const tol = Math.max(6, 0.01 * (pages[anchor.page]?.height ?? 800));
      const near = list.filter((o) => Math.abs(o.y - anchor.y) <= tol);
      const distinct = new Set(near.map((o) => o.page)).size;
      if (distinct >= 2 && distinct > textPages / 2) for (const o of near) mark(o.line, o.region);
    }
  }
  return regions;
};
