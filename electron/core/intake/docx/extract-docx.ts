import mammoth from 'mammoth';
import type { ExtractedDocument, TextLine } from '../../../../shared/cv/document';
import { corruptDocx, noTextInDocx } from '../failures';
import type { DocxParts } from '../guard';
import { walkBlocks } from './body';
import { DEFAULT_SIZE, type PartContext } from './context';
import { packagePart, readDocxProperties } from './properties';
import { readRelationships } from './relationships';
import { Styles } from './styles';
import { parseXml, wChild } from './xml';

/** Headers and footers repeat per section (first page, even pages…): each distinct line once. */
const distinct = (lines: TextLine[]): TextLine[] => {
  const seen = new Set<string>();
  return lines.filter((l) => {
    if (seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });
};

const partLines = (parts: DocxParts, part: string, base: Omit<PartContext, 'rels' | 'region'>, region: PartContext['region']): TextLine[] => {
  const bytes = parts.get(part);
  if (!bytes) return [];
  const root = parseXml(bytes);
  const out: TextLine[] = [];
  const body = wChild(root, 'body') ?? root;
  walkBlocks(body, { ...base, rels: readRelationships(parts, part), region }, false, out);
  return out;
};

/**
 * mammoth reads what our walker may not know; used only when the walker finds no text at all.
 * The guard has already inflated every XML part within limits, so mammoth's own unzip is safe,
 * and mammoth (>= 1.11) never opens external files.
 */
const mammothLines = async (bytes: Uint8Array): Promise<TextLine[]> => {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value
      .split(/\n+/)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0)
      .map((text) => ({ text, page: 1, fontSize: DEFAULT_SIZE, bold: false, region: 'body', block: 'paragraph' }));
  } catch {
    return [];
  }
};

export const extractDocx = async (bytes: Uint8Array, parts: DocxParts, entries: ReadonlySet<string>): Promise<ExtractedDocument> => {
  const main = packagePart(parts, 'officedocument', 'word/document.xml');
  if (!main) throw corruptDocx('its main text part is missing');
  const stylesPart = [...readRelationships(parts, main).values()].find((r) => r.kind === 'styles')?.part;
  const stylesBytes = stylesPart ? parts.get(stylesPart) : undefined;
  const found = { photo: false };
  const base = { styles: new Styles(stylesBytes ? parseXml(stylesBytes) : undefined), entries, found };

  let body = partLines(parts, main, base, 'body');
  const rels = [...readRelationships(parts, main).values()];
  const furniture = (kind: 'header' | 'footer') =>
    distinct(
      [...new Set(rels.filter((r) => r.kind === kind && r.part).map((r) => r.part as string))].flatMap((p) =>
        partLines(parts, p, base, kind),
      ),
    );
  const headers = furniture('header');
  const footers = furniture('footer');
  if (body.length === 0) body = await mammothLines(bytes);
  if (body.length === 0 && headers.length === 0 && footers.length === 0) throw noTextInDocx();
  const { properties, pages } = readDocxProperties(parts);
  return {
    format: 'docx',
    pageCount: pages ?? 1,
    lines: [...headers, ...body, ...footers],
    hasPhoto: found.photo,
    properties,
    attachments: [],
  };
};
