/**
 * Reads a zip's end-of-central-directory record and central directory without inflating
 * anything, so that a DOCX can be judged by what it declares before any byte is unpacked.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

export type ZipProblem = 'corrupt' | 'zip64' | 'encrypted' | 'duplicate-name' | 'multi-disk';

export class ZipError extends Error {
  override readonly name = 'ZipError';
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CD_SIG = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const findEocd = (bytes: Uint8Array, dv: DataView): number => {
  const lowest = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN; i >= lowest; i--) {
    if (dv.getUint32(i, true) !== EOCD_SIG) continue;
    // The comment must end within the file; otherwise this is an accidental match inside data.
    const commentLength = dv.getUint16(i + 20, true);
    if (i + EOCD_MIN + commentLength <= bytes.length) return i;
  }
  throw new ZipError('corrupt');
};

const decodeName = (raw: Uint8Array, utf8: boolean): string =>
  utf8 ? new TextDecoder('utf-8', { fatal: false }).decode(raw) : Buffer.from(raw).toString('latin1');

export const readZipDirectory = (bytes: Uint8Array): ZipDirectory => {
  if (bytes.length < EOCD_MIN) throw new ZipError('corrupt');
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  const disk = dv.getUint16(eocd + 4, true);
  const cdDisk = dv.getUint16(eocd + 6, true);
  const entriesOnDisk = dv.getUint16(eocd + 8, true);
  const total = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipError('zip64');
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIG) throw new ZipError('zip64');
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== total) throw new ZipError('multi-disk');
  if (cdOffset + cdSize > eocd) throw new ZipError('corrupt');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CD_SIG) throw new ZipError('corrupt');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc32 = dv.getUint32(p + 16, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const localHeaderOffset = dv.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) throw new ZipError('corrupt');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
      throw new ZipError('zip64');
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
    // Bit 0: traditional encryption; bit 6: strong encryption. Word never writes either.
    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 0x41) !== 0,
    };
    // Two entries with one name let different readers see different documents.
    if (byName.has(name)) throw new ZipError('duplicate-name');
    byName.set(name, entry);
    entries.push(entry);
    p = end;
  }
  return { entries, byName };
};
