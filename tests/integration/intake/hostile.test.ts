import { execFileSync } from 'node:child_process';
import { constants, openSync, closeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../../electron/core/intake/pool';
import { bundleEntry } from '../../support/bundle';
import { tempDirs } from '../../support/tmp';
import { sampleDocx, W, withBody, withRelationships } from '../../unit/intake/support/docx';
import { buildPdf, paragraph, passwordPdf } from '../../unit/intake/support/pdf';
import { solidPng } from '../../unit/intake/support/png';
import { buildZip } from '../../unit/intake/support/zip';

const tmp = tempDirs();
const pool = new ExtractionPool({ workerPath: bundleEntry('electron/core/intake/extract-worker.ts'), size: 2 });
let server: Server;
let requests = 0;
let port = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.end('not an image');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await pool.close();
  await new Promise<void>((done) => server.close(() => done()));
  tmp.cleanup();
});

const CV_TEXT = ['Ada Lovelace', 'Analyst and programmer', 'Wrote the first published algorithm for a machine.'];
const smallPdf = () => buildPdf([{ texts: paragraph(CV_TEXT, 60, 100, 14) }]);

/** A PDF with `pages` pages of text, each a few words long. */
const pagesPdf = async (pages: number): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([300, 300]).drawText(`Page ${i + 1} of the application documents`, { x: 20, y: 250, size: 10, font });
  return doc.save();
};


/** A one-page "scan": the page is a picture, there is no text layer. */
const scannedPdf = async (): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(solidPng());
  doc.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
};

describe('the guard, end to end through the worker pool with default limits', () => {
  it('names files that are not PDF or DOCX by what they are, whatever they are called', async () => {
    const odt = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    const oldWord = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
    const cases: [Uint8Array, string, RegExp][] = [
      [oldWord, 'cv.docx', /older Word document \(\.doc\)/],
      [odt, 'cv.docx', /OpenDocument text file \(\.odt\)/],
      [Buffer.from('{\\rtf1\\ansi Ada Lovelace\\par}'), 'cv.pdf', /Rich Text file \(\.rtf\)/],
      [solidPng(), 'cv.pdf', /PNG image/],
    ];
    for (const [bytes, fileName, what] of cases)
      await expect(pool.extract(bytes, { fileName }), fileName).rejects.toMatchObject({ code: 'IMPORT_UNSUPPORTED_TYPE', message: expect.stringMatching(what) });
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    const pdf = Buffer.from(await smallPdf());
    const padded = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1 - pdf.length, 0x20)]);
    await expect(pool.extract(padded)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/limit is 20 MB/) });
  });

  it('reads 60 pages and refuses 61', async () => {
    const sixty = await pool.extract(await pagesPdf(60));
    expect(sixty.pageCount).toBe(60);
    await expect(pool.extract(await pagesPdf(61))).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/61 pages; the limit is 60/) });
  });

  it('reports a password-protected PDF as encrypted', async () => {
    await expect(pool.extract(await passwordPdf(), { fileName: 'cv.pdf' })).rejects.toMatchObject({
      code: 'IMPORT_ENCRYPTED',
      message: expect.stringMatching(/password/),
    });
  });

  it('reports a PDF without a text layer as looking scanned', async () => {
    await expect(pool.extract(await scannedPdf())).rejects.toMatchObject({ code: 'IMPORT_NO_TEXT', message: expect.stringMatching(/looks like a scanned image/) });
  });
});

describe('hostile files through the worker pool', () => {
  it('a truncated PDF is damaged', async () => {
    const pdf = await smallPdf();
    await expect(pool.extract(pdf.subarray(0, Math.floor(pdf.length / 2)), { fileName: 'cv.pdf' })).rejects.toMatchObject({ code: 'IMPORT_CORRUPT' });
  });

  it('a zip bomb DOCX is refused before it fills memory', async () => {
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const types = { name: '[Content_Types].xml', data: '<Types/>' };
    const lying = buildZip([types, { name: 'word/document.xml', data: huge.subarray(0, 2048), raw: deflateRawSync(huge), declaredSize: 2048 }]);
    const honest = buildZip([types, { name: 'word/document.xml', data: huge }]);
    await expect(pool.extract(lying)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    await expect(pool.extract(honest)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
  });

  it('a DOCX whose picture lies about its size is read without unpacking the picture', async () => {
    const huge = Buffer.alloc(300 * 1024 * 1024);
    const body = `<w:document ${W}><w:body><w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p></w:body></w:document>`;
    const docx = buildZip([
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'word/document.xml', data: body },
      { name: 'word/media/image1.png', data: huge.subarray(0, 1000), raw: deflateRawSync(huge), declaredSize: 1000 },
    ]);
    const doc = await pool.extract(docx, { timeoutMs: 10_000 });
    expect(doc.lines.map((l) => l.text)).toEqual(['Ada Lovelace']);
  });

  it('never follows an external image or file link in a DOCX', async () => {
    const fifo = join(tmp.make(), 'photo.png');
    // Opening a FIFO for reading blocks until a writer comes: a reader would hang the file.
    execFileSync('mkfifo', [fifo]);
    const rels = [
      `<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:${port}/photo.png" TargetMode="External"/>`,
      `<Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${fifo}" TargetMode="External"/>`,
    ].join('');
    const linked = (id: string) =>
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="1080000" cy="1440000"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:link="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const base = await sampleDocx();
    const withText = withRelationships(withBody(base, `<w:p ${W}><w:r><w:t>Ada Lovelace</w:t></w:r></w:p>${linked('rIdWeb')}${linked('rIdFile')}`), rels);
    const doc = await pool.extract(withText, { fileName: 'cv.docx', timeoutMs: 10_000 });
    expect(doc.lines.map((l) => l.text)).toContain('Ada Lovelace');
    expect(doc.hasPhoto).toBe(false);
    // Without any text our reader finds nothing and mammoth gets its turn: it must not follow them either.
    const onlyLinks = withRelationships(withBody(base, `${linked('rIdWeb')}${linked('rIdFile')}`), rels);
    await expect(pool.extract(onlyLinks, { timeoutMs: 10_000 })).resolves.toMatchObject({ format: 'docx' });
    expect(requests).toBe(0);
    // Nobody is waiting on the FIFO: opening it for writing without a reader fails.
    expect(() => closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))).toThrow(/ENXIO/);
  });

  it('a PDF with thousands of pages is refused by its page count, quickly', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 5000; i++) doc.addPage([300, 300]).drawText(`Page ${i + 1}`, { x: 20, y: 250, size: 10, font });
    const bytes = await doc.save();
    const started = Date.now();
    await expect(pool.extract(bytes)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/5000 pages/) });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a file over its time budget times out and the pool serves the next file', async () => {
    const pdf = await smallPdf();
    await expect(pool.extract(pdf, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'IMPORT_TIMEOUT' });
    const doc = await pool.extract(pdf);
    expect(doc.lines.map((l) => l.text)).toEqual(CV_TEXT);
  });
});
