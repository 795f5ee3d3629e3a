import { readZipDirectory, ZipError, type ZipDirectory, type ZipProblem } from './zip/directory';
import { readZipEntry } from './zip/entry';

/**
 * What a file is, judged from its bytes only. The extension a file arrives with is not trusted
 * to choose a parser: a renamed image or an old .doc must be named for what it really is.
 */
export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx'; zip: ZipDirectory }
  | { kind: 'encrypted-office' }
  | { kind: 'damaged-zip'; problem: ZipProblem }
  /** `recognised` is false for plain text and unknown bytes, which may be a damaged PDF/DOCX. */
  | { kind: 'unsupported'; what: string; advice?: string; recognised: boolean };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1');

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);

const contains = (bytes: Uint8Array, needle: string, encoding: BufferEncoding): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(needle, encoding));

const OLD_OFFICE_ADVICE = 'open it in Word and save it as .docx or PDF, then import it again';
const IMAGE_ADVICE = 'ask the candidate for the CV as a PDF or Word document';

const hasPdfHeader = (bytes: Uint8Array): boolean => ascii(bytes, 0, 1024).includes('%PDF-');

const describeOle2 = (bytes: Uint8Array): Sniffed => {
  // Password-protected .docx/.xlsx files are OLE2 containers holding an "EncryptedPackage" stream.
  if (contains(bytes, 'EncryptedPackage', 'utf16le')) return { kind: 'encrypted-office' };
  const streams: [string, string][] = [
    ['WordDocument', 'an older Word document (.doc)'],
    ['Workbook', 'an Excel spreadsheet (.xls)'],
    ['PowerPoint Document', 'a PowerPoint presentation (.ppt)'],
    ['__substg1.0_', 'an Outlook message (.msg)'],
  ];
  for (const [stream, what] of streams)
    if (contains(bytes, stream, 'utf16le')) return { kind: 'unsupported', what, advice: OLD_OFFICE_ADVICE, recognised: true };
  return {
    kind: 'unsupported',
    what: 'an older Microsoft Office file (OLE2 compound file)',
    advice: OLD_OFFICE_ADVICE,
    recognised: true,
  };
};

const ODF_TYPES: [string, string][] = [
  ['application/vnd.oasis.opendocument.text', 'an OpenDocument text file (.odt)'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'an OpenDocument spreadsheet (.ods)'],
  ['application/vnd.oasis.opendocument.presentation', 'an OpenDocument presentation (.odp)'],
  ['application/epub+zip', 'an e-book (EPUB)'],
];

const describeZip = (bytes: Uint8Array): Sniffed => {
  let zip: ZipDirectory;
  try {
    zip = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipError) return { kind: 'damaged-zip', problem: e.problem };
    throw e;
  }
  const mimetype = zip.byName.get('mimetype');
  if (mimetype && mimetype.uncompressedSize < 256) {
    let declared = '';
    try {
      declared = Buffer.from(readZipEntry(bytes, mimetype)).toString('latin1').trim();
    } catch {
      declared = '';
    }
    const odf = ODF_TYPES.find(([type]) => declared.startsWith(type));
    const advice = 'save it as .docx or PDF and import it again';
    if (odf) return { kind: 'unsupported', what: odf[1], advice, recognised: true };
    if (declared.startsWith('application/vnd.oasis.opendocument'))
      return { kind: 'unsupported', what: 'an OpenDocument file', advice, recognised: true };
  }
  const has = (name: string) => zip.byName.has(name);
  if (has('word/document.xml')) {
    if (has('[Content_Types].xml')) return { kind: 'docx', zip };
    return { kind: 'damaged-zip', problem: 'corrupt' };
  }
  const office = 'save it as .docx or PDF and import it again';
  if (has('xl/workbook.xml')) return { kind: 'unsupported', what: 'an Excel spreadsheet (.xlsx)', advice: office, recognised: true };
  if (has('ppt/presentation.xml'))
    return { kind: 'unsupported', what: 'a PowerPoint presentation (.pptx)', advice: office, recognised: true };
  return {
    kind: 'unsupported',
    what: 'a ZIP archive',
    advice: 'unpack it and import the CV files inside',
    recognised: true,
  };
};

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

const describeImage = (bytes: Uint8Array): string | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return 'a GIF image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'a WebP image';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIF_BRANDS.has(brand)) return 'a HEIC/HEIF photo';
    if (brand === 'avif' || brand === 'avis') return 'an AVIF image';
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return 'a BMP image';
  return undefined;
};

const describeOther = (bytes: Uint8Array): string | undefined => {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a compressed archive (gzip)';
  if (ascii(bytes, 0, 4) === 'Rar!') return 'a RAR archive';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7-Zip archive';
  if (ascii(bytes, 0, 2) === 'MZ' || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'a program, not a document';
  return undefined;
};

/** Text-like formats: looked at after skipping a byte-order mark and leading whitespace. */
const describeMarkup = (bytes: Uint8Array): string | undefined => {
  const head = ascii(bytes, 0, 512).replace(/^(\xef\xbb\xbf)?\s*/, '').toLowerCase();
  if (head.startsWith('{\\rtf')) return 'a Rich Text file (.rtf)';
  if (head.startsWith('<?xml') && head.includes('word.document')) return 'a Word 2003 XML document';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page (HTML)';
  if (head.startsWith('<?xml')) return 'an XML file';
  return undefined;
};

const looksLikeText = (bytes: Uint8Array): boolean => {
  const sample = bytes.subarray(0, 4096);
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample.length === bytes.length ? sample : trimUtf8Tail(sample));
  } catch {
    return false;
  }
  if (text.length === 0) return false;
  let printable = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0) return false;
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) printable++;
  }
  return printable / text.length > 0.95;
};

/** A 4 KiB sample may cut a multi-byte character in half; drop the partial one. */
const trimUtf8Tail = (bytes: Uint8Array): Uint8Array => {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 3 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0xc0) end--;
  return bytes.subarray(0, end);
};

export const sniff = (bytes: Uint8Array): Sniffed => {
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return describeOle2(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return describeZip(bytes);
  const image = describeImage(bytes);
  if (image) return { kind: 'unsupported', what: image, advice: IMAGE_ADVICE, recognised: true };
  const other = describeOther(bytes);
  if (other) return { kind: 'unsupported', what: other, recognised: true };
  const markup = describeMarkup(bytes);
  if (markup) return { kind: 'unsupported', what: markup, advice: 'save it as .docx or PDF and import it again', recognised: true };
  if (looksLikeText(bytes))
    return { kind: 'unsupported', what: 'a plain text file', advice: 'paste it into a Word document and import that', recognised: false };
  return { kind: 'unsupported', what: 'of a type CVault does not recognise', recognised: false };
};
