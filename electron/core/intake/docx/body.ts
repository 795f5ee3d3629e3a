import type { Element } from '@xmldom/xmldom';
import type { TextLine } from '../../../../shared/cv/document';
import type { PartContext } from './context';
import { paragraphLines } from './paragraph';
import { alternateChoice, children, isAlternateContent, isW, wChild } from './xml';

const BLOCK_CONTAINERS = new Set(['customXml', 'ins', 'moveTo', 'sdtContent']);

/** Table cells, also when wrapped in content controls or custom XML. */
const cellsOf = (row: Element): Element[] =>
  children(row).flatMap((c) => {
    if (isW(c, 'tc')) return [c];
    if (isW(c, 'sdt')) {
      const content = wChild(c, 'sdtContent');
      return content ? cellsOf(content) : [];
    }
    return isW(c, 'customXml') ? cellsOf(c) : [];
  });

const rowsOf = (table: Element): Element[] =>
  children(table).flatMap((c) => {
    if (isW(c, 'tr')) return [c];
    if (isW(c, 'sdt')) {
      const content = wChild(c, 'sdtContent');
      return content ? rowsOf(content) : [];
    }
    return isW(c, 'customXml') ? rowsOf(c) : [];
  });

/**
 * A row whose cells each hold at most one line is data (dates | role | place): one table-row
 * line with its cells. A row with richer cells is layout (a sidebar cell beside a main cell):
 * its cells are read one after the other, like columns.
 */
const tableLines = (table: Element, ctx: PartContext, inTextBox: boolean, out: TextLine[]): void => {
  for (const row of rowsOf(table)) {
    const cells = cellsOf(row).map((cell) => {
      const lines: TextLine[] = [];
      walkBlocks(cell, ctx, inTextBox, lines);
      return lines;
    });
    const simple = cells.every((lines) => lines.length <= 1 && lines.every((l) => l.block !== 'table-row' && l.block !== 'text-box'));
    if (!simple) {
      for (const lines of cells) out.push(...lines);
      continue;
    }
    const filled = cells.flatMap((lines) => lines);
    const first = filled[0];
    if (!first) continue;
    out.push({
      text: filled.map((l) => l.text).join(' | '),
      page: 1,
      fontSize: filled.reduce((m, l) => Math.max(m, l.fontSize), 0),
      bold: filled.every((l) => l.bold),
      caps: filled.every((l) => l.caps === true),
      region: ctx.region,
      block: 'table-row',
      cells: cells.map((lines) => lines[0]?.text ?? ''),
    });
  }
};

/** Block-level content in document order: paragraphs, tables, content controls, text boxes. */
export const walkBlocks = (container: Element, ctx: PartContext, inTextBox: boolean, out: TextLine[]): void => {
  for (const child of children(container)) {
    if (isW(child, 'p')) {
      const { lines, textBoxes } = paragraphLines(child, ctx, inTextBox);
      out.push(...lines);
      for (const box of textBoxes) walkBlocks(box, ctx, true, out);
    } else if (isW(child, 'tbl')) tableLines(child, ctx, inTextBox, out);
    else if (isW(child, 'sdt')) {
      const content = wChild(child, 'sdtContent');
      if (content) walkBlocks(content, ctx, inTextBox, out);
    } else if (isAlternateContent(child)) {
      const choice = alternateChoice(child);
      if (choice) walkBlocks(choice, ctx, inTextBox, out);
    } else if (BLOCK_CONTAINERS.has(child.localName ?? '') && !isW(child, 'sectPr')) walkBlocks(child, ctx, inTextBox, out);
  }
};
