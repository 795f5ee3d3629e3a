import { PDFDocument, PDFHexString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { solidPng } from './png';

/** Text placed by its baseline, measured from the page's top-left like the extractor reports. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  /** Extra space after every character (CSS letter-spacing): each glyph is drawn on its own. */
  tracking?: number;
}

export interface PageSpec {
  texts: Placed[];
  /** A picture drawn at this box (top-left origin), e.g. a portrait photo. */
  image?: { x: number; y: number; width: number; height: number };
}

export const A4 = { width: 595, height: 842 };

export interface PdfOptions {
  title?: string;
  author?: string;
  attachment?: string;
}

/** Builds a PDF with pdf-lib from exact text positions, so layout tests know the truth. */
export const buildPdf = async (pages: readonly PageSpec[], options: PdfOptions = {}): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  if (options.title) doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  if (options.attachment) await doc.attach(Buffer.from('<cv/>'), options.attachment, { mimeType: 'application/xml' });
  for (const spec of pages) {
    const page = doc.addPage([A4.width, A4.height]);
    for (const t of spec.texts) draw(page, t, t.bold ? bold : regular);
    if (spec.image) {
      const png = await doc.embedPng(solidPng());
      const { x, y, width, height } = spec.image;
      page.drawImage(png, { x, y: A4.height - y - height, width, height });
    }
  }
  return doc.save();
};

const draw = (page: PDFPage, t: Placed, font: PDFFont): void => {
  const size = t.size ?? 10;
  if (t.tracking === undefined) {
    page.drawText(t.text, { x: t.x, y: A4.height - t.y, size, font });
    return;
  }
  let x = t.x;
  for (const ch of t.text) {
    if (ch !== ' ') page.drawText(ch, { x, y: A4.height - t.y, size, font });
    x += font.widthOfTextAtSize(ch, size) + t.tracking;
  }
};

/** Lines of body text with a fixed pitch, starting at a baseline. */
export const paragraph = (lines: readonly string[], x: number, y: number, pitch: number, size = 10): Placed[] =>
  lines.map((text, i) => ({ text, x, y: y + i * pitch, size }));

export const widthOf = async (text: string, size: number): Promise<number> => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return font.widthOfTextAtSize(text, size);
};

/**
 * A PDF under the standard security handler whose user password is not empty: the check value
 * /U does not match the empty password, exactly what a reader meets in a password-protected file.
 */
export const passwordPdf = async (): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Ada Lovelace, analyst and programmer', { x: 50, y: 700, size: 12, font });
  const bytes32 = (seed: number) => PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((i * seed + 17) & 0xff).toString(16).padStart(2, '0')).join(''));
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, O: bytes32(7), U: bytes32(13), P: -44 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes32(3), bytes32(3)]);
  return doc.save({ useObjectStreams: false });
};
