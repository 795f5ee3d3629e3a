import type { ExtractionLimits, FileHint } from './limits';
import {
  corruptDocx,
  corruptPdf,
  emptyFile,
  encryptedOffice,
  misnamedFile,
  oversizedArchive,
  tooLargeFile,
  unsupportedType,
} from './failures';
import { sniff } from './sniff';
import { ZipError, type ZipDirectory } from './zip/directory';
import { readZipEntry, ZipSizeLieError } from './zip/entry';
import { checkZipDirectory } from './zip/limits';

/** The XML parts of a DOCX, already inflated within limits, keyed by lower-case part name. */
export type DocxParts = ReadonlyMap<string, Uint8Array>;

export type GuardedFile =
  | { kind: 'pdf'; bytes: Uint8Array }
  /** `entries`: every entry name in the package, lower case. */
  | { kind: 'docx'; bytes: Uint8Array; parts: DocxParts; entries: ReadonlySet<string> };

/** Spec readers look for %%EOF near the end; its absence means the file was cut off. */
const PDF_TAIL = 8 * 1024;

const hasPdfTrailer = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(Math.max(0, bytes.length - PDF_TAIL))
    .includes('%%EOF', 0, 'latin1');

const claimedType = (hint: FileHint | undefined): 'PDF' | 'Word document' | undefined => {
  const name = hint?.fileName?.toLowerCase() ?? '';
  if (name.endsWith('.pdf')) return 'PDF';
  if (name.endsWith('.docx')) return 'Word document';
  return undefined;
};

/** XML and relationship parts: everything a DOCX reader (ours or mammoth) ever inflates. */
const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

const inflateParts = (bytes: Uint8Array, zip: ZipDirectory): DocxParts => {
  const parts = new Map<string, Uint8Array>();
  for (const entry of zip.entries) {
    if (!isXmlPart(entry.name)) continue;
    try {
      parts.set(entry.name.toLowerCase(), readZipEntry(bytes, entry));
    } catch (e) {
      if (e instanceof ZipSizeLieError) throw oversizedArchive('contains parts that unpack to far more than they declare');
      if (e instanceof ZipError) throw e.problem === 'encrypted' ? encryptedOffice() : corruptDocx();
      throw e;
    }
  }
  return parts;
};

/**
 * Decides whether a file may be parsed at all: type by content, size, and for DOCX the zip
 * directory and the real unpacked size. Throws a CoreError naming the problem otherwise.
 */
export const guardFile = (bytes: Uint8Array, limits: ExtractionLimits, hint?: FileHint): GuardedFile => {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > limits.maxBytes) throw tooLargeFile(bytes.length, limits.maxBytes);
  const sniffed = sniff(bytes);
  switch (sniffed.kind) {
    case 'pdf':
      if (!hasPdfTrailer(bytes)) throw corruptPdf('the file is incomplete');
      return { kind: 'pdf', bytes };
    case 'docx':
      checkZipDirectory(sniffed.zip, limits);
      return {
        kind: 'docx',
        bytes,
        parts: inflateParts(bytes, sniffed.zip),
        entries: new Set(sniffed.zip.entries.map((e) => e.name.toLowerCase())),
      };
    case 'encrypted-office':
      throw encryptedOffice();
    case 'damaged-zip':
      if (sniffed.problem === 'zip64') throw oversizedArchive('uses the format meant for huge archives');
      if (sniffed.problem === 'encrypted') throw encryptedOffice();
      throw corruptDocx();
    case 'unsupported': {
      const claimed = sniffed.recognised ? undefined : claimedType(hint);
      if (claimed) throw misnamedFile(claimed);
      throw unsupportedType(sniffed.what, sniffed.advice);
    }
  }
};
