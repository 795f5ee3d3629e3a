import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  WidthType,
} from 'docx';
import { solidPng } from './png';
import { rewriteZip, text } from './zip';

export const SAMPLE = {
  name: 'Ada Lovelace',
  contact: 'ada@example.org · +32 470 12 34 56',
  headerText: 'Curriculum vitae Ada Lovelace',
  footerText: 'Confidential – for recruitment only',
  bullets: ['Built the analytical engine notes', 'Taught mathematics to students'],
  box: 'Available from March',
};

const cell = (...lines: string[]) =>
  new TableCell({ width: { size: 33, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph(l)) });

/** A CV with every DOCX structure the extractor reads, built with the `docx` package. */
export const sampleDocx = async (options: { photo?: boolean } = {}): Promise<Uint8Array> => {
  const doc = new Document({
    creator: 'Ada Lovelace',
    title: 'CV Ada Lovelace',
    lastModifiedBy: 'Recruiter X',
    subject: 'Application',
    keywords: 'engineer',
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(SAMPLE.headerText)] }) },
        footers: { default: new Footer({ children: [new Paragraph(SAMPLE.footerText)] }) },
        children: [
          new Paragraph({ text: SAMPLE.name, heading: HeadingLevel.TITLE }),
          new Paragraph(SAMPLE.contact),
          ...(options.photo
            ? [new Paragraph({ children: [new ImageRun({ type: 'png', data: solidPng(), transformation: { width: 110, height: 140 } })] })]
            : []),
          new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun({ text: 'Lead engineer at Babbage & Co', bold: true, size: 28 }), new TextRun({ text: ' (2019)', size: 28 })],
          }),
          ...SAMPLE.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
          new Paragraph({ text: 'Education', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('2010 – 2014'), cell('Master of Mathematics'), cell('London')] }),
              new TableRow({ children: [cell('2006 – 2010'), cell('Bachelor'), cell('')] }),
            ],
          }),
          new Table({
            rows: [new TableRow({ children: [cell('Skills', 'Python', 'Analysis'), cell('Languages', 'English', 'French')] })],
          }),
          new Textbox({ alignment: AlignmentType.LEFT, style: { width: '200pt', height: '50pt' }, children: [new Paragraph(SAMPLE.box)] }),
          new Paragraph({ children: [new TextRun({ text: 'line one', break: 0 }), new TextRun({ text: 'line two', break: 1 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

/** Replaces the body of word/document.xml (keeping its root and namespace declarations). */
export const withBody = (docx: Uint8Array, bodyXml: string): Uint8Array =>
  rewriteZip(docx, (entries) => {
    const xml = text(entries, 'word/document.xml');
    entries.set('word/document.xml', Buffer.from(xml.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${bodyXml}</w:body>`)));
  });

/** Adds relationships to word/_rels/document.xml.rels. */
export const withRelationships = (docx: Uint8Array, rels: string): Uint8Array =>
  rewriteZip(docx, (entries) => {
    const name = 'word/_rels/document.xml.rels';
    entries.set(name, Buffer.from(text(entries, name).replace('</Relationships>', `${rels}</Relationships>`)));
  });

const STRICT: [string, string][] = [
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
];

/** The same package rewritten with ISO 29500 Strict namespaces, as Word's "Strict Open XML" saves it. */
export const toStrict = (docx: Uint8Array): Uint8Array =>
  rewriteZip(docx, (entries) => {
    for (const [name, data] of entries) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      let xml = Buffer.from(data).toString('utf8');
      for (const [from, to] of STRICT) xml = xml.split(from).join(to);
      entries.set(name, Buffer.from(xml));
    }
  });

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
