import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/cv/document';
import { extractDocument } from '../../../electron/core/intake/extract';
import { SAMPLE, sampleDocx, toStrict, withBody } from './support/docx';
import { rewriteZip } from './support/zip';

const texts = (doc: ExtractedDocument) => doc.lines.map((l) => l.text);
const line = (doc: ExtractedDocument, text: string) => {
  const found = doc.lines.find((l) => l.text === text);
  if (!found) throw new Error(`no line "${text}" in ${JSON.stringify(texts(doc))}`);
  return found;
};

const p = (text: string, extra = '') => `<w:p>${extra}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('DOCX extraction', () => {
  it('reads paragraphs, headings, lists, tables, text boxes, headers and footers in document order', async () => {
    const doc = await extractDocument(await sampleDocx());
    expect(texts(doc)).toEqual([
      SAMPLE.headerText,
      SAMPLE.name,
      SAMPLE.contact,
      'Experience',
      'Lead engineer at Babbage & Co (2019)',
      ...SAMPLE.bullets,
      'Education',
      '2010 – 2014 | Master of Mathematics | London',
      '2006 – 2010 | Bachelor',
      'Skills',
      'Python',
      'Analysis',
      'Languages',
      'English',
      'French',
      SAMPLE.box,
      'line one',
      'line two',
      SAMPLE.footerText,
    ]);
    expect(line(doc, SAMPLE.headerText).region).toBe('header');
    expect(line(doc, SAMPLE.footerText).region).toBe('footer');
    expect(line(doc, SAMPLE.name)).toMatchObject({ block: 'heading', headingLevel: 1, region: 'body', page: 1 });
    expect(line(doc, 'Experience')).toMatchObject({ block: 'heading', headingLevel: 1 });
    expect(line(doc, 'Education')).toMatchObject({ block: 'heading', headingLevel: 2 });
    expect(line(doc, SAMPLE.bullets[0] as string).block).toBe('list-item');
    expect(line(doc, 'Lead engineer at Babbage & Co (2019)')).toMatchObject({ block: 'paragraph', fontSize: 14, bold: true });
    expect(line(doc, '2006 – 2010 | Bachelor')).toMatchObject({ block: 'table-row', cells: ['2006 – 2010', 'Bachelor', ''] });
    expect(line(doc, SAMPLE.box).block).toBe('text-box');
    expect(doc).toMatchObject({ format: 'docx', hasPhoto: false, attachments: [] });
    expect(doc.properties).toMatchObject({
      title: 'CV Ada Lovelace',
      author: 'Ada Lovelace',
      lastModifiedBy: 'Recruiter X',
      subject: 'Application',
      keywords: 'engineer',
    });
  });

  it('notes a photo-sized picture without keeping it', async () => {
    const doc = await extractDocument(await sampleDocx({ photo: true }));
    expect(doc.hasPhoto).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/base64|image\/png/);
  });

  it('reads Strict Open XML like transitional', async () => {
    const transitional = await extractDocument(await sampleDocx({ photo: true }));
    const strict = await extractDocument(toStrict(await sampleDocx({ photo: true })));
    expect(texts(strict)).toEqual(texts(transitional));
    expect(strict.hasPhoto).toBe(true);
    expect(line(strict, 'Education').headingLevel).toBe(2);
  });

  it('reads a text box once, not again from its VML fallback', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body = `${p('Before')}<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
      <mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="1800000" cy="600000"/>
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${box('Boxed skills: Python')}</wps:txbx></wps:wsp></a:graphicData></a:graphic>
      </wp:anchor></w:drawing></mc:Choice>
      <mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('Boxed skills: Python')}</v:textbox></v:shape></w:pict></mc:Fallback>
    </mc:AlternateContent></w:r></w:p>${p('After')}`;
    const doc = await extractDocument(withBody(await sampleDocx(), body));
    expect(texts(doc).filter((t) => t !== SAMPLE.headerText && t !== SAMPLE.footerText)).toEqual(['Before', 'Boxed skills: Python', 'After']);
  });

  it('skips hidden text, deleted revisions and field instructions, keeps inserted text and symbols', async () => {
    const body = [
      `<w:p><w:r><w:t>Visible</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r></w:p>`,
      `<w:p><w:del><w:r><w:delText>removed</w:delText></w:r></w:del><w:ins><w:r><w:t>added</w:t></w:r></w:ins></w:p>`,
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "mailto:x@y.z"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x@y.z</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>Bullet</w:t></w:r></w:p>`,
      `<w:sdt><w:sdtContent>${p('In a content control')}</w:sdtContent></w:sdt>`,
    ].join('');
    const doc = await extractDocument(withBody(await sampleDocx(), body));
    expect(texts(doc).filter((t) => t !== SAMPLE.headerText && t !== SAMPLE.footerText)).toEqual([
      'Visible',
      'added',
      'x@y.z',
      '• Bullet',
      'In a content control',
    ]);
  });

  it('finds at least every paragraph mammoth finds', async () => {
    const files = [await sampleDocx()];
    const corpus = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'scorelia-edge-cases', 'sample_resume_john_doe.docx');
    try {
      files.push(new Uint8Array(readFileSync(corpus)));
    } catch {
      // The shared corpus is optional for unit tests.
    }
    for (const file of files) {
      // Compared without white space: mammoth drops soft line breaks, we split lines at them.
      const ours = texts(await extractDocument(file)).join('').replace(/\s+/g, '');
      const theirs = (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value.split('\n').map((t) => t.replace(/\s+/g, ''));
      expect(theirs.filter((t) => t && !ours.includes(t))).toEqual([]);
    }
  });
});

describe('DOCX failures', () => {
  it('a damaged main part is corrupt', async () => {
    const broken = rewriteZip(await sampleDocx(), (e) => e.set('word/document.xml', Buffer.from('<w:document><w:body><w:p>')));
    await expect(extractDocument(broken)).rejects.toMatchObject({ code: 'IMPORT_CORRUPT' });
  });

  it('a DTD (entity expansion) is refused', async () => {
    const dtd = rewriteZip(await sampleDocx(), (e) =>
      e.set('word/document.xml', Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>')),
    );
    await expect(extractDocument(dtd)).rejects.toMatchObject({ code: 'IMPORT_CORRUPT' });
  });

  it('a document without any text says so', async () => {
    const empty = rewriteZip(withBody(await sampleDocx(), '<w:p/>'), (e) => {
      e.delete('word/header1.xml');
      e.delete('word/footer1.xml');
    });
    await expect(extractDocument(empty)).rejects.toMatchObject({ code: 'IMPORT_NO_TEXT' });
  });
});
