import type { CvEntry, CvSection, SectionKind } from '../cv/model';
import type { Block, EntryBlock } from './model';

/** Sections whose lines are short items, printed as a run of tags when they look like items. */
const ITEM_KINDS: ReadonlySet<SectionKind> = new Set(['skills', 'languages', 'interests']);
/** Sections whose lines are one running text. */
const PROSE_KINDS: ReadonlySet<SectionKind> = new Set(['profile']);

const BULLET = /^\s*[•·▪●◦■►▸‣⁃*–—-]\s+/u;

const stripBullet = (line: string): string => line.replace(BULLET, '').trim();

/** Splits "Java, Python (advanced, 5 y) · SQL" on separators outside brackets. */
export const splitItems = (line: string): string[] => {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;|·•▪]/.test(ch)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((i) => stripBullet(i).trim()).filter((i) => /[\p{L}\p{N}]/u.test(i));
};

const looksLikeItems = (lines: readonly string[]): boolean => {
  const items = lines.flatMap(splitItems);
  return items.length > 0 && items.every((i) => i.length <= 48) && items.filter((i) => /[.!?]$/.test(i)).length === 0;
};

export const entryBlock = (entry: CvEntry): EntryBlock => {
  // Redaction has already dropped the lines the fields hold (lineAccounted); what is left is extra text.
  const extra = entry.lines;
  const bulletLines = extra.filter((l) => BULLET.test(l)).map(stripBullet);
  const prose = extra.filter((l) => !BULLET.test(l));
  return {
    type: 'entry',
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.organisation ? { organisation: entry.organisation } : {}),
    ...(entry.period?.text ? { period: entry.period.text } : {}),
    ...(entry.location ? { location: entry.location } : {}),
    lines: prose,
    bullets: [...entry.bullets.map(stripBullet), ...bulletLines].filter((b) => b !== ''),
  };
};

/** Consecutive bullet lines become one bullet list, other lines paragraphs (prose sections: one). */
const lineBlocks = (kind: SectionKind, lines: readonly string[]): Block[] => {
  if (lines.length === 0) return [];
  if (ITEM_KINDS.has(kind) && looksLikeItems(lines)) return [{ type: 'tags', items: lines.flatMap(splitItems) }];
  const blocks: Block[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length === 0) return;
    if (PROSE_KINDS.has(kind)) blocks.push({ type: 'paragraph', text: prose.join(' ') });
    else for (const p of prose) blocks.push({ type: 'paragraph', text: p });
    prose = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      flushProse();
      const last = blocks[blocks.length - 1];
      if (last?.type === 'bullets') last.items.push(stripBullet(line));
      else blocks.push({ type: 'bullets', items: [stripBullet(line)] });
    } else prose.push(line.trim());
  }
  flushProse();
  return blocks;
};

/** The printable blocks of one (already redacted) section; entries, when found, hold all its lines. */
export const sectionBlocks = (section: CvSection): Block[] =>
  section.entries && section.entries.length > 0 ? section.entries.map(entryBlock) : lineBlocks(section.kind, section.lines);
