import type { Slice } from './types';

export interface Frame {
  /** Where content starts and must end on this page, y down from the top. */
  readonly top: number;
  readonly bottom: number;
}

export interface Placed {
  readonly slice: Slice;
  /** Top of the slice's own box (its space before already added). */
  readonly top: number;
}

/**
 * Fills pages with slices in order. A slice that does not fit goes to the next page together with
 * the run of `keepWithNext` slices before it (a heading, an entry's title block), so a heading is
 * never left at the bottom of a page and an entry's title never parts from its first line. A run
 * that fills a whole page on its own is broken where it must, and a slice taller than a page is
 * placed alone, so pagination always ends.
 */
export const paginate = (slices: readonly Slice[], frameOf: (page: number) => Frame): Placed[][] => {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let frame = frameOf(0);
  let y = frame.top;
  let i = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
    frame = frameOf(pages.length);
    y = frame.top;
  };
  while (i < slices.length) {
    const s = slices[i] as Slice;
    const space = page.length === 0 ? 0 : s.spaceBefore;
    if (y + space + s.height <= frame.bottom + 0.01 || page.length === 0) {
      page.push({ slice: s, top: y + space });
      y += space + s.height;
      i++;
      continue;
    }
    let keep = 0;
    while (keep < page.length && (page[page.length - 1 - keep] as Placed).slice.keepWithNext) keep++;
    if (keep > 0 && keep < page.length) {
      page.splice(page.length - keep, keep);
      i -= keep;
    }
    newPage();
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
};
