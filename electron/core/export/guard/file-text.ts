import JSZip from 'jszip';
import { openPdf } from '../../intake/pdf/load';

/**
 * Everything a reader of the file could see or dig out as text: for a PDF the text layer of every
 * page, the document information and any XMP; for a DOCX every XML part (body, headers, footers,
 * properties, comments) with its markup removed. The leak guard searches this, so it judges the
 * file actually produced, not our intentions.
 */
export const pdfFileText = async (bytes: Uint8Array): Promise<string> => {
  const doc = await openPdf(bytes);
  try {
    const parts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      parts.push(content.items.map((i) => ('str' in i ? `${i.str}${i.hasEOL ? '\n' : ' '}` : '')).join(''));
      const annotations = await page.getAnnotations();
      for (const a of annotations as { contentsObj?: { str?: string }; url?: string; fieldValue?: unknown }[]) {
        parts.push(a.contentsObj?.str ?? '', a.url ?? '', typeof a.fieldValue === 'string' ? a.fieldValue : '');
      }
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    parts.push(...Object.values(meta.info as Record<string, unknown>).filter((v): v is string => typeof v === 'string'));
    const xmp = meta.metadata as { getAll?: () => Record<string, unknown> } | null;
    if (xmp?.getAll) parts.push(...Object.values(xmp.getAll()).map(String));
    const attachments = (await doc.getAttachments()) as Record<string, { filename?: string }> | null;
    for (const a of Object.values(attachments ?? {})) parts.push(a.filename ?? '');
    return parts.join('\n');
  } finally {
    await doc.destroy();
  }
};

const XML_ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Markup to text: paragraph and break ends become new lines, entities are decoded, attributes kept (alt text, titles). */
const xmlText = (xml: string): string =>
  xml
    .replace(/<\/w:p>|<w:br\/?>|<w:tab\/?>/g, '\n')
    .replace(/<[^>]*?\s(?:descr|title|name|w:val)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (XML_ENTITY[e] ?? m),
    );

export const docxFileText = async (bytes: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    parts.push(name);
    if (entry.dir || !/\.(xml|rels)$/i.test(name)) continue;
    parts.push(xmlText(await entry.async('string')));
  }
  return parts.join('\n');
};
