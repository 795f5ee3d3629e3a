import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentProperties } from '../../../../shared/cv/document';
import { metadataText as text } from '../metadata-text';

const MAX_ATTACHMENTS = 200;

/** The info dictionary's descriptive fields: they can name the author even when the CV does not. */
export const readProperties = async (doc: PDFDocumentProxy): Promise<DocumentProperties> => {
  let info: Record<string, unknown> = {};
  try {
    const meta = await doc.getMetadata();
    if (typeof meta.info === 'object' && meta.info !== null) info = meta.info as Record<string, unknown>;
  } catch {
    return {};
  }
  const props: DocumentProperties = {};
  const pairs: [keyof DocumentProperties, string][] = [
    ['title', 'Title'],
    ['author', 'Author'],
    ['subject', 'Subject'],
    ['keywords', 'Keywords'],
    ['creator', 'Creator'],
    ['producer', 'Producer'],
  ];
  for (const [key, field] of pairs) {
    const value = text(info[field]);
    if (value) props[key] = value;
  }
  return props;
};

/** Names of embedded files only; their content is never kept. */
export const readAttachmentNames = async (doc: PDFDocumentProxy): Promise<string[]> => {
  try {
    const attachments = (await doc.getAttachments()) as Record<string, { filename?: unknown }> | null;
    if (!attachments) return [];
    return Object.entries(attachments)
      .slice(0, MAX_ATTACHMENTS)
      .map(([key, a]) => text(a.filename) ?? text(key) ?? '')
      .filter((n) => n.length > 0);
  } catch {
    return [];
  }
};
