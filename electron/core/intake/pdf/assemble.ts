import type { LineRegion, TextLine } from '../../../../shared/cv/document';
import { dehyphenate } from './hyphenation';
import { layoutPage } from './layout';
import { buildLines } from './lines';
import { findRunningLines } from './running';
import { ASCENT, DESCENT, type Line, type Run } from './types';

export interface PageRuns {
  width: number;
  height: number;
  runs: Run[];
}

const round = (n: number): number => Math.round(n * 10) / 10;

const isCaps = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((l) => l.toUpperCase() !== l.toLowerCase());
  return cased.length >= 2 && cased.every((l) => l === l.toUpperCase());
};

const toTextLine = (line: Line, page: number, column: number, region: LineRegion, previous: Line | undefined): TextLine => {
  const top = line.base - ASCENT * line.size;
  const out: TextLine = {
    text: line.text,
    page,
    fontSize: round(line.size),
    bold: line.bold,
    caps: isCaps(line.text),
    x: round(line.x0),
    y: round(top),
    width: round(line.x1 - line.x0),
    column,
    region,
  };
  if (previous) out.gapBefore = round(Math.max(0, top - (previous.base + DESCENT * previous.size)));
  return out;
};

/**
 * Turns every page's runs into TextLines in reading order: running headers first, then the
 * page's blocks (bands and columns, see layoutPage), then running footers.
 */
export const assembleLines = (pages: readonly PageRuns[]): TextLine[] => {
  const firstPass = pages.map((p) => ({ height: p.height, lines: buildLines(p.runs) }));
  const running = findRunningLines(firstPass);
  const out: TextLine[] = [];
  pages.forEach((p, index) => {
    const page = index + 1;
    const furniture = (region: LineRegion) => {
      let prev: Line | undefined;
      for (const line of firstPass[index]?.lines ?? []) {
        if (line.runs.every((r) => running.get(r.id) === region)) {
          out.push(toTextLine(line, page, 0, region, prev));
          prev = line;
        }
      }
    };
    furniture('header');
    const body = p.runs.filter((r) => !running.has(r.id));
    const lastInColumn = new Map<number, Line>();
    for (const block of layoutPage(body)) {
      for (const line of buildLines(block.runs)) {
        out.push(toTextLine(line, page, block.column, 'body', lastInColumn.get(block.column)));
        lastInColumn.set(block.column, line);
      }
    }
    furniture('footer');
  });
  return dehyphenate(out);
};
