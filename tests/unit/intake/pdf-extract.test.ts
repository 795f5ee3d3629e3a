import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, TextLine } from '../../../shared/cv/document';
import { extractDocument } from '../../../electron/core/intake/extract';
import { buildPdf, paragraph, type PageSpec, type Placed } from './support/pdf';

const extract = async (pages: PageSpec[], options?: Parameters<typeof buildPdf>[1]): Promise<ExtractedDocument> =>
  extractDocument(await buildPdf(pages, options));

const texts = (lines: TextLine[]): string[] => lines.map((l) => l.text);
const find = (doc: ExtractedDocument, text: string): TextLine => {
  const line = doc.lines.find((l) => l.text === text);
  if (!line) throw new Error(`no line "${text}" in ${JSON.stringify(texts(doc.lines))}`);
  return line;
};

const LOREM = [
  'Designed and built the billing platform used by all',
  'customers, moving the nightly batch to a streaming',
  'pipeline and cutting the time to invoice by half.',
  'Led a team of five engineers across two offices and',
  'introduced code review and continuous delivery.',
];

describe('PDF extraction: lines and words', () => {
  it('reads a single column top to bottom with size, weight, caps and gaps', async () => {
    const doc = await extract([
      {
        texts: [
          { text: 'Ada Lovelace', x: 60, y: 80, size: 22, bold: true },
          { text: 'EXPERIENCE', x: 60, y: 130, size: 13, bold: true },
          ...paragraph(LOREM, 60, 155, 13),
        ],
      },
    ], { title: 'CV Ada', author: 'Ada Lovelace', attachment: 'data.xml' });
    expect(texts(doc.lines)).toEqual(['Ada Lovelace', 'EXPERIENCE', ...LOREM]);
    expect(doc.lines.every((l) => l.column === 0 && l.page === 1)).toBe(true);
    const name = find(doc, 'Ada Lovelace');
    expect(name).toMatchObject({ fontSize: 22, bold: true, caps: false });
    expect(find(doc, 'EXPERIENCE')).toMatchObject({ bold: true, caps: true, fontSize: 13 });
    expect(find(doc, LOREM[0] as string)).toMatchObject({ bold: false, fontSize: 10 });
    // Section spacing is larger than the spacing inside a paragraph.
    expect(find(doc, LOREM[0] as string).gapBefore ?? 0).toBeGreaterThan(find(doc, LOREM[1] as string).gapBefore ?? 99);
    expect(name.x).toBeCloseTo(60, 0);
    expect(doc.properties).toMatchObject({ title: 'CV Ada', author: 'Ada Lovelace' });
    expect(doc.attachments).toEqual(['data.xml']);
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 1, hasPhoto: false });
  });

  it('joins words on one baseline, turns a tab gap into a space and rejoins a letter-spaced name', async () => {
    const doc = await extract([
      {
        texts: [
          { text: 'JARED SMITH', x: 60, y: 70, size: 20, bold: true, tracking: 6 },
          { text: 'Senior Engineer', x: 60, y: 120, size: 11 },
          { text: '2019 – 2021', x: 470, y: 120, size: 11 },
          { text: 'Data', x: 60, y: 140, size: 11 },
          { text: 'base administrator', x: 83.3, y: 140, size: 11 },
          ...paragraph(LOREM, 60, 170, 13),
        ],
      },
    ]);
    expect(texts(doc.lines).slice(0, 3)).toEqual(['JARED SMITH', 'Senior Engineer 2019 – 2021', 'Database administrator']);
  });

  it('finds the word break of a name drawn with spaces between its letters, which pdf.js collapses', async () => {
    const doc = await extract([
      {
        texts: [
          { text: 'L É A  P E T I T', x: 60, y: 70, size: 22, bold: true },
          { text: 'A N N  D E  V R I E S', x: 60, y: 110, size: 16 },
          { text: 'S Q L', x: 60, y: 140, size: 10 },
          ...paragraph(LOREM, 60, 170, 13),
        ],
      },
    ]);
    // Evenly spaced capitals have no word break to restore: they are one word.
    expect(texts(doc.lines).slice(0, 3)).toEqual(['LÉA PETIT', 'ANN DE VRIES', 'SQL']);
  });

  it('undoes hyphenation only before a lower-case continuation', async () => {
    const doc = await extract([
      {
        texts: paragraph(
          ['Walt Disney brought the story to life in a well done an-', 'imated classic, produced by Jean-', 'Pierre and his team of illustrators.', 'More text follows here to make a paragraph.'],
          60,
          100,
          13,
        ),
      },
    ]);
    expect(texts(doc.lines)).toEqual([
      'Walt Disney brought the story to life in a well done animated',
      'classic, produced by Jean-',
      'Pierre and his team of illustrators.',
      'More text follows here to make a paragraph.',
    ]);
  });

  it('removes text painted twice at the same spot and reads it as bold', async () => {
    const doc = await extract([
      {
        texts: [
          { text: 'Experience', x: 60, y: 100, size: 14 },
          { text: 'Experience', x: 60.4, y: 100, size: 14 },
          ...paragraph(LOREM, 60, 130, 13),
        ],
      },
    ]);
    expect(texts(doc.lines)[0]).toBe('Experience');
    expect(find(doc, 'Experience').bold).toBe(true);
  });

  it('ignores text placed outside the page', async () => {
    const doc = await extract([{ texts: [...paragraph(LOREM, 60, 100, 13), { text: 'hidden keywords', x: -400, y: 200 }, { text: 'below', x: 60, y: 900 }] }]);
    expect(texts(doc.lines)).toEqual(LOREM);
  });

  it('records a portrait-sized picture as a photo, never an icon or a banner', async () => {
    const text: Placed[] = paragraph(LOREM, 60, 300, 13);
    expect((await extract([{ texts: text, image: { x: 420, y: 60, width: 100, height: 125 } }])).hasPhoto).toBe(true);
    expect((await extract([{ texts: text, image: { x: 60, y: 60, width: 12, height: 12 } }])).hasPhoto).toBe(false);
    expect((await extract([{ texts: text, image: { x: 40, y: 40, width: 515, height: 70 } }])).hasPhoto).toBe(false);
  });
});

describe('PDF extraction: typed failures', () => {
  it('a page without text is reported as a scan', async () => {
    const pdf = await buildPdf([{ texts: [], image: { x: 0, y: 0, width: 595, height: 842 } }]);
    await expect(extractDocument(pdf)).rejects.toMatchObject({ code: 'IMPORT_NO_TEXT', message: expect.stringMatching(/scanned/) });
  });

  it('more pages than the limit is too large', async () => {
    const pdf = await buildPdf(Array.from({ length: 5 }, () => ({ texts: paragraph(LOREM, 60, 100, 13) })));
    await expect(extractDocument(pdf, { maxPages: 3 })).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/5 pages/) });
  });

  it('a PDF cut off before its end is damaged', async () => {
    const pdf = await buildPdf([{ texts: paragraph(LOREM, 60, 100, 13) }]);
    await expect(extractDocument(pdf.subarray(0, Math.floor(pdf.length * 0.6)))).rejects.toMatchObject({ code: 'IMPORT_CORRUPT' });
  });
});
