import type { CvLine } from './normalise';
import { fold } from './fold';

/** How many lines at the top and bottom of a page may be running headers or footers. */
const EDGE = 2;

// "Page 2 / 3", "Seite 1 von 4", "- 2 -" differ only in digits from page to page.
const shape = (text: string): string => fold(text).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Running headers and footers. Extraction marks them (region header/footer) when it can; as a
 * safety net, a line repeated at the top or bottom edge of several PDF pages is one too (a name on
 * every page, "Lebenslauf – Seite 2/3"). Returns the indexes (into `lines`) of furniture lines.
 */
export const findFurniture = (lines: readonly CvLine[], pageCount: number): Set<number> => {
  const furniture = new Set<number>();
  lines.forEach((l, i) => {
    if (l.region !== 'body') furniture.add(i);
  });
  if (pageCount < 2) return furniture;

  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.region !== 'body') return;
    const list = byPage.get(l.page) ?? [];
    list.push(i);
    byPage.set(l.page, list);
  });
  const pagesByShape = new Map<string, Set<number>>();
  const edgeLines = new Map<string, number[]>();
  for (const [page, indexes] of byPage) {
    const edges = new Set([...indexes.slice(0, EDGE), ...indexes.slice(-EDGE)]);
    for (const i of edges) {
      const line = lines[i];
      if (!line || line.text.length < 3) continue;
      const key = shape(line.text);
      pagesByShape.set(key, (pagesByShape.get(key) ?? new Set<number>()).add(page));
      edgeLines.set(key, [...(edgeLines.get(key) ?? []), i]);
    }
  }
  const needed = pageCount === 2 ? 2 : 3;
  for (const [key, pages] of pagesByShape) {
    if (pages.size >= needed) for (const i of edgeLines.get(key) ?? []) furniture.add(i);
  }
  return furniture;
};
