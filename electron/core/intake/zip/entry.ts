import { crc32, inflateRawSync } from 'node:zlib';
import { ZipError, type ZipEntry } from './directory';

const LOCAL_SIG = 0x04034b50;

/** The entry's declared size is too small for what its data inflates to: the mark of a zip bomb. */
export class ZipSizeLieError extends Error {
  override readonly name = 'ZipSizeLieError';
}

/**
 * Unpacks one entry, never producing more bytes than the central directory declared for it: a
 * lying entry stops inflating at that size instead of filling memory. Checks length and CRC.
 */
export const readZipEntry = (bytes: Uint8Array, entry: ZipEntry): Uint8Array => {
  if (entry.encrypted) throw new ZipError('encrypted');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIG) throw new ZipError('corrupt');
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('corrupt');
  const data = bytes.subarray(start, end);

  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new ZipError('corrupt');
    out = data;
  } else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipSizeLieError('entry larger than declared');
      throw new ZipError('corrupt');
    }
  } else {
    // Deflate64, bzip2, LZMA…: Word only writes stored or deflated entries.
    throw new ZipError('corrupt');
  }
  if (out.length !== entry.uncompressedSize) throw new ZipError('corrupt');
  if (crc32(out) >>> 0 !== entry.crc32 >>> 0) throw new ZipError('corrupt');
  return out;
};
