import { describe, expect, it } from 'vitest';
import { guardFile } from '../../../electron/core/intake/guard';
import { DEFAULT_LIMITS } from '../../../electron/core/intake/limits';
import { sniff } from '../../../electron/core/intake/sniff';
import { buildZip } from './support/zip';
import { solidPng } from './support/png';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, 'utf16le').toString('latin1');

/** The guard's verdict as code + the message's wording. */
const verdict = (b: Uint8Array, fileName?: string) => {
  try {
    return { kind: guardFile(b, DEFAULT_LIMITS, { fileName }).kind };
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
};

describe('file type by magic bytes', () => {
  it('recognises PDF anywhere in the first KiB, and nothing beyond', () => {
    expect(sniff(bytes('%PDF-1.7\n'))).toEqual({ kind: 'pdf' });
    expect(sniff(bytes(' '.repeat(500), '%PDF-1.4'))).toEqual({ kind: 'pdf' });
    expect(sniff(bytes(' '.repeat(1100), '%PDF-1.4')).kind).toBe('unsupported');
  });

  it('recognises a DOCX only from its zip directory', () => {
    const docx = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(sniff(docx).kind).toBe('docx');
    expect(sniff(buildZip([{ name: 'word/document.xml', data: '<x/>' }]))).toEqual({ kind: 'damaged-zip', problem: 'corrupt' });
  });

  const cases: [string, Uint8Array, RegExp][] = [
    ['old Word', bytes(OLE2, 'x'.repeat(100), utf16('WordDocument')), /older Word document \(\.doc\)/],
    ['old Excel', bytes(OLE2, utf16('Workbook')), /Excel spreadsheet \(\.xls\)/],
    ['other OLE2', bytes(OLE2, 'nothing known'), /OLE2 compound file/],
    ['ODT', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<x/>' }]), /OpenDocument text file \(\.odt\)/],
    ['ODS', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }]), /OpenDocument spreadsheet/],
    ['XLSX', buildZip([{ name: '[Content_Types].xml', data: '<T/>' }, { name: 'xl/workbook.xml', data: '<w/>' }]), /Excel spreadsheet \(\.xlsx\)/],
    ['PPTX', buildZip([{ name: '[Content_Types].xml', data: '<T/>' }, { name: 'ppt/presentation.xml', data: '<p/>' }]), /PowerPoint presentation \(\.pptx\)/],
    ['other zip', buildZip([{ name: 'cv.pdf', data: '%PDF-1.4' }]), /ZIP archive/],
    ['RTF', bytes('{\\rtf1\\ansi hello}'), /Rich Text file \(\.rtf\)/],
    ['PNG', solidPng(), /PNG image/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), /JPEG image/],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), /GIF image/],
    ['TIFF', bytes([0x49, 0x49, 0x2a, 0x00], 'xxxx'), /TIFF image/],
    ['HEIC', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0]), /HEIC\/HEIF photo/],
    ['plain text', bytes('Jan Janssens\nSoftware developer\n'), /plain text file/],
    ['HTML', bytes('<!DOCTYPE html><html></html>'), /web page/],
    ['unknown', bytes([0, 1, 2, 3, 4, 5, 250, 251, 252]), /type CVault does not recognise/],
  ];
  it.each(cases)('names %s as unsupported', (_label, file, wording) => {
    const v = verdict(file);
    expect(v).toMatchObject({ code: 'IMPORT_UNSUPPORTED_TYPE' });
    expect(v.message).toMatch(wording);
    expect(v.message).toMatch(/PDF and Word \(\.docx\)/);
  });

  it('reports a password-protected Office file (an OLE2 container) as encrypted', () => {
    expect(verdict(bytes(OLE2, utf16('EncryptedInfo'), utf16('EncryptedPackage')))).toMatchObject({ code: 'IMPORT_ENCRYPTED' });
  });

  it('uses the extension only to word the error for unreadable content', () => {
    const junk = bytes('This is not really a PDF, just some junk bytes.');
    expect(verdict(junk, 'cv.pdf')).toMatchObject({ code: 'IMPORT_CORRUPT' });
    expect(verdict(junk, 'cv.docx')).toMatchObject({ code: 'IMPORT_CORRUPT' });
    expect(verdict(junk, 'cv.txt')).toMatchObject({ code: 'IMPORT_UNSUPPORTED_TYPE' });
    // A real PNG renamed to .pdf is still named for what it is.
    expect(verdict(solidPng(), 'cv.pdf')).toMatchObject({ code: 'IMPORT_UNSUPPORTED_TYPE', message: expect.stringMatching(/PNG/) });
  });

  it('rejects empty and oversized files before looking inside', () => {
    expect(verdict(new Uint8Array(0))).toMatchObject({ code: 'IMPORT_CORRUPT', message: 'This file is empty.' });
    const big = new Uint8Array(DEFAULT_LIMITS.maxBytes + 1);
    big.set(Buffer.from('%PDF-1.7'));
    expect(verdict(big)).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/limit is 20 MB/) });
  });

  it('treats a PDF without its end marker as cut off', () => {
    expect(verdict(bytes('%PDF-1.7\n1 0 obj << >> endobj\n'))).toMatchObject({ code: 'IMPORT_CORRUPT', message: expect.stringMatching(/incomplete/) });
    expect(verdict(bytes('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'))).toEqual({ kind: 'pdf' });
  });
});
