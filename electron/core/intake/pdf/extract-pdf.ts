import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ExtractedDocument } from '../../../../shared/cv/document';
import { isCoreError } from '../../errors';
import { corruptPdf, noTextLayer, tooManyPages } from '../failures';
import type { ExtractionLimits } from '../limits';
import { assembleLines, type PageRuns } from './assemble';
import { removeOverlaidDuplicates } from './dedupe';
import type { FontInfo } from './fonts';
import { indexGlyphSpacing } from './glyph-spacing';
import { paintsPhoto } from './images';
import { loadPdfJs, openPdf } from './load';
import { pageRuns, type RunIds } from './page-runs';
import { readAttachmentNames, readProperties } from './properties';
import type { Run } from './types';

/** Fewer letters and digits than this on every page: there is no real text layer. */
const MIN_CHARS_PER_PAGE = 25;

const meaningful = (runs: readonly Run[]): number =>
  runs.reduce((n, r) => n + (r.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);

const readPages = async (doc: PDFDocumentProxy): Promise<{ pages: PageRuns[]; hasPhoto: boolean }> => {
  const { OPS, AnnotationMode } = await loadPdfJs();
  const fonts = new Map<string, FontInfo>();
  const ids: RunIds = { next: 0 };
  const pages: PageRuns[] = [];
  let hasPhoto = false;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    // The operator list resolves fonts (for their real names) and shows where images are painted.
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    if (!hasPhoto) hasPhoto = paintsPhoto(ops, OPS, viewport.width, viewport.height);
    const content = await page.getTextContent();
    const runs = removeOverlaidDuplicates(pageRuns(page, content.items, content.styles, fonts, ids, indexGlyphSpacing(ops, OPS)));
    pages.push({ width: viewport.width, height: viewport.height, runs });
    page.cleanup();
  }
  return { pages, hasPhoto };
};

export const extractPdf = async (bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractedDocument> => {
  const doc = await openPdf(bytes);
  try {
    if (doc.numPages > limits.maxPages) throw tooManyPages(doc.numPages, limits.maxPages);
    if (doc.numPages === 0) throw corruptPdf('it has no pages');
    const { pages, hasPhoto } = await readPages(doc);
    if (pages.every((p) => meaningful(p.runs) < MIN_CHARS_PER_PAGE)) throw noTextLayer();
    return {
      format: 'pdf',
      pageCount: doc.numPages,
      lines: assembleLines(pages),
      hasPhoto,
      properties: await readProperties(doc),
      attachments: await readAttachmentNames(doc),
    };
  } catch (e) {
    if (isCoreError(e)) throw e;
    throw corruptPdf();
  } finally {
    await doc.destroy().catch(() => undefined);
  }
};
