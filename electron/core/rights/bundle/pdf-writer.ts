import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { builtinTemplatesDir } from '../../export/templates/dirs';

const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 56;
const WIDTH = A4.w - 2 * MARGIN;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Standard fonts only draw WinAnsi: anything else is folded or replaced before drawing. */
  winAnsiOnly: boolean;
}

/** The app's own Unicode font when the templates folder is present, else Helvetica. */
const embedFonts = async (pdf: PDFDocument): Promise<Fonts> => {
  try {
    const dir = join(builtinTemplatesDir(), '_fonts', 'figtree');
    const reg = join(dir, 'Figtree-Regular.ttf');
    const bold = join(dir, 'Figtree-Bold.ttf');
    if (existsSync(reg) && existsSync(bold)) {
      pdf.registerFontkit(fontkit);
      return {
        regular: await pdf.embedFont(readFileSync(reg), { subset: true }),
        bold: await pdf.embedFont(readFileSync(bold), { subset: true }),
        winAnsiOnly: false,
      };
    }
  } catch {
    // No templates folder (e.g. a trimmed install): the standard font still gives a readable report.
  }
  return { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold), winAnsiOnly: true };
};

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const toWinAnsi = (s: string): string =>
  [...s.normalize('NFC')]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) return ch;
      const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return /^[\x20-\x7e]+$/.test(folded) ? folded : '?';
    })
    .join('');

/** A top-to-bottom text flow over A4 pages: headings, wrapped paragraphs, label–value lines. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  static async create(title: string): Promise<PdfWriter> {
    const pdf = await PDFDocument.create();
    pdf.setTitle(title);
    pdf.setProducer('CVault');
    pdf.setCreator('CVault');
    return new PdfWriter(pdf, await embedFonts(pdf));
  }

  private newPage(): void {
    this.page = this.pdf.addPage([A4.w, A4.h]);
    this.y = A4.h - MARGIN;
  }

  private clean(s: string): string {
    // eslint-disable-next-line no-control-regex -- control characters cannot be drawn
    const flat = s.replace(/[\t\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    return this.fonts.winAnsiOnly ? toWinAnsi(flat) : flat;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of this.clean(text).split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A single word wider than the line (a URL, a hash) is cut where it overflows.
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let n = rest.length;
        while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }

  private draw(lines: string[], font: PDFFont, size: number, indent = 0, gray = 0): void {
    const lead = size * 1.35;
    for (const l of lines) {
      if (this.y - lead < MARGIN) this.newPage();
      this.y -= lead;
      this.page.drawText(l, { x: MARGIN + indent, y: this.y, size, font, color: rgb(gray, gray, gray) });
    }
  }

  title(text: string): void {
    this.draw(this.wrap(text, this.fonts.bold, 18, WIDTH), this.fonts.bold, 18);
    this.y -= 6;
  }

  heading(text: string): void {
    if (this.y - 60 < MARGIN) this.newPage();
    this.y -= 10;
    this.draw(this.wrap(text, this.fonts.bold, 13, WIDTH), this.fonts.bold, 13);
    this.y -= 2;
  }

  subheading(text: string): void {
    this.y -= 4;
    this.draw(this.wrap(text, this.fonts.bold, 10.5, WIDTH), this.fonts.bold, 10.5);
  }

  paragraph(text: string, indent = 0): void {
    this.draw(this.wrap(text, this.fonts.regular, 10, WIDTH - indent), this.fonts.regular, 10, indent);
  }

  note(text: string): void {
    this.draw(this.wrap(text, this.fonts.regular, 9, WIDTH), this.fonts.regular, 9, 0, 0.35);
  }

  field(label: string, value: string, indent = 0): void {
    this.paragraph(`${label}: ${value}`, indent);
  }

  gap(points = 6): void {
    this.y -= points;
  }

  async save(): Promise<{ bytes: Uint8Array; pages: number }> {
    const pages = this.pdf.getPageCount();
    return { bytes: await this.pdf.save(), pages };
  }
}
