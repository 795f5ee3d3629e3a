import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { CompanyCv } from '../../../../../shared/export/model';
import type { LoadedTemplate } from '../../templates/registry';
import { layoutDocument } from '../layout/document';
import type { FontRole } from '../layout/types';
import { metricsOf, pdfMeasurer, type MeasuredFont } from './measurer';
import { paintPage } from './paint';
import { documentTitle } from '../metadata';

const LOCALES = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' } as const;

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
}

/**
 * The company CV as a PDF: subset-embedded template fonts, a real text layer, the firm's logo as
 * the only image. Metadata is set explicitly (title = reference and firm, author = firm, CVault as
 * creator and producer); no XMP stream, attachments, scripts or annotations are written.
 */
export const renderPdf = async (cv: CompanyCv, t: LoadedTemplate, now: Date = new Date()): Promise<RenderedPdf> => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = async (bytes: Uint8Array): Promise<MeasuredFont> => ({ pdf: await doc.embedFont(bytes, { subset: true }), metrics: metricsOf(bytes) });
  const regular = await embed(t.fonts.regular.bytes);
  const bold = t.fonts.bold.bytes === t.fonts.regular.bytes ? regular : await embed(t.fonts.bold.bytes);
  const italic = await embed(t.fonts.italic.bytes);
  const heading = t.fonts.heading.bytes === t.fonts.bold.bytes ? bold : await embed(t.fonts.heading.bytes);
  const fonts: Record<FontRole, MeasuredFont> = { regular, bold, italic, heading };
  const logo = t.logo ? await doc.embedPng(t.logo.bytes) : undefined;

  const layout = layoutDocument(cv, t.template, pdfMeasurer(fonts), t.logo);
  for (const p of layout.pages) paintPage(doc.addPage([layout.width, layout.height]), p.ops, fonts, logo);

  doc.setTitle(documentTitle(cv, t.template), { showInWindowTitleBar: true });
  doc.setAuthor(t.template.firm.name);
  doc.setCreator('CVault');
  doc.setProducer('CVault');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage(LOCALES[cv.language]);
  return { bytes: await doc.save(), pages: layout.pages.length };
};
