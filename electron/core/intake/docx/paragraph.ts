import type { Element } from '@xmldom/xmldom';
import type { BlockKind, TextLine } from '../../../../shared/cv/document';
import { DEFAULT_SIZE, type PartContext } from './context';
import { inspectGraphic } from './drawing';
import { mergeFormats, readNumbered, readOutlineLevel, readRunFormat, type ParagraphStyle, type RunFormat } from './styles';
import { alternateChoice, children, isAlternateContent, isW, wAttr, wChild } from './xml';

interface Segment {
  text: string;
  chars: number;
  boldChars: number;
  capsChars: number;
  sizes: Map<number, number>;
}

interface Collector {
  segments: Segment[];
  textBoxes: Element[];
}

const newSegment = (): Segment => ({ text: '', chars: 0, boldChars: 0, capsChars: 0, sizes: new Map() });

const current = (c: Collector): Segment => {
  let s = c.segments[c.segments.length - 1];
  if (!s) {
    s = newSegment();
    c.segments.push(s);
  }
  return s;
};

const append = (c: Collector, text: string, f: RunFormat): void => {
  const s = current(c);
  s.text += text;
  const n = text.replace(/\s/g, '').length;
  if (n === 0) return;
  s.chars += n;
  if (f.bold) s.boldChars += n;
  if (f.caps) s.capsChars += n;
  const size = f.size ?? DEFAULT_SIZE;
  s.sizes.set(size, (s.sizes.get(size) ?? 0) + n);
};

/** A w:sym character; Symbol/Wingdings private-use code points are list bullets. */
const symbolText = (sym: Element): string => {
  const code = parseInt(wAttr(sym, 'char') ?? '', 16);
  if (!Number.isFinite(code)) return '';
  if (code >= 0xe000 && code <= 0xf8ff) return '•';
  return String.fromCodePoint(code);
};

const INLINE_CONTAINERS = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'bdo', 'dir', 'sdtContent']);
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText', 'fldChar', 'object', 'commentReference']);

const runContent = (el: Element, f: RunFormat, c: Collector, ctx: PartContext): void => {
  for (const child of children(el)) {
    if (isAlternateContent(child)) {
      const choice = alternateChoice(child);
      if (choice) runContent(choice, f, c, ctx);
      continue;
    }
    const name = child.localName ?? '';
    if (isW(child, 't')) append(c, child.textContent ?? '', f);
    else if (isW(child, 'tab') || isW(child, 'ptab')) append(c, ' ', f);
    else if (isW(child, 'br') || isW(child, 'cr')) c.segments.push(newSegment());
    else if (isW(child, 'noBreakHyphen')) append(c, '-', f);
    else if (isW(child, 'sym')) append(c, symbolText(child), f);
    else if (isW(child, 'drawing') || isW(child, 'pict')) c.textBoxes.push(...inspectGraphic(child, ctx));
    else if (name === 't' && child.namespaceURI?.includes('math')) append(c, child.textContent ?? '', f);
  }
};

const inline = (el: Element, style: ParagraphStyle, c: Collector, ctx: PartContext): void => {
  for (const child of children(el)) {
    if (isAlternateContent(child)) {
      const choice = alternateChoice(child);
      if (choice) inline(choice, style, c, ctx);
      continue;
    }
    const name = child.localName ?? '';
    if (SKIPPED.has(name)) continue;
    if (isW(child, 'r')) {
      const rPr = wChild(child, 'rPr');
      const f = mergeFormats(style.run, ctx.styles.character(wAttr(wChild(rPr, 'rStyle'), 'val')), readRunFormat(rPr));
      // Hidden text is not what the reader of the CV sees.
      if (!f.hidden) runContent(child, f, c, ctx);
    } else if (isW(child, 'sdt')) {
      const content = wChild(child, 'sdtContent');
      if (content) inline(content, style, c, ctx);
    } else if (INLINE_CONTAINERS.has(name) || child.namespaceURI?.includes('math')) inline(child, style, c, ctx);
    else if (name === 'r') runContent(child, style.run, c, ctx);
  }
};

const HEADING_NAME = /^(?:heading|kop|titre|berschrift|überschrift|titolo|título|rubrik)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|titel|titre|título|titolo)$/i;
const LIST_NAME = /^list\s*(?:bullet|number|paragraph|continue)|^lijstalinea|^paragraphe de liste|^listenabsatz/i;

const headingLevel = (pPr: Element | undefined, style: ParagraphStyle): number | undefined => {
  const direct = readOutlineLevel(pPr);
  if (direct !== undefined) return direct + 1;
  if (style.outlineLevel !== undefined) return style.outlineLevel + 1;
  for (const name of style.names) {
    const m = HEADING_NAME.exec(name.trim());
    if (m) return Number(m[1]);
    if (TITLE_NAME.test(name.trim())) return 1;
  }
  return undefined;
};

const dominantSize = (sizes: Map<number, number>): number => {
  let best = DEFAULT_SIZE;
  let weight = -1;
  for (const [size, w] of sizes) if (w > weight || (w === weight && size > best)) [best, weight] = [size, w];
  return best;
};

const isCaps = (text: string, s: Segment): boolean => {
  if (s.chars > 0 && s.capsChars / s.chars >= 0.9) return true;
  const cased = (text.match(/\p{L}/gu) ?? []).filter((l) => l.toUpperCase() !== l.toLowerCase());
  return cased.length >= 2 && cased.every((l) => l === l.toUpperCase());
};

/**
 * One w:p: its lines (soft line breaks split a paragraph into lines of one block), with the
 * typographic cues and structure from its style, then the content of any text boxes it anchors.
 */
export const paragraphLines = (p: Element, ctx: PartContext, inTextBox: boolean): { lines: TextLine[]; textBoxes: Element[] } => {
  const pPr = wChild(p, 'pPr');
  const style = ctx.styles.paragraph(wAttr(wChild(pPr, 'pStyle'), 'val'));
  const c: Collector = { segments: [], textBoxes: [] };
  inline(p, style, c, ctx);
  const level = headingLevel(pPr, style);
  const listed = readNumbered(pPr) ?? (style.numbered || style.names.some((n) => LIST_NAME.test(n)));
  const block: BlockKind = inTextBox ? 'text-box' : level !== undefined ? 'heading' : listed ? 'list-item' : 'paragraph';
  const lines: TextLine[] = [];
  for (const s of c.segments) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const line: TextLine = {
      text,
      page: 1,
      fontSize: dominantSize(s.sizes),
      bold: s.chars > 0 && s.boldChars / s.chars >= 0.6,
      caps: isCaps(text, s),
      region: ctx.region,
      block,
    };
    if (level !== undefined) line.headingLevel = level;
    lines.push(line);
  }
  return { lines, textBoxes: c.textBoxes };
};

