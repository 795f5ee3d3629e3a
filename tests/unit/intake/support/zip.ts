import { crc32, deflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../../../electron/core/intake/zip/directory';
import { readZipEntry } from '../../../../electron/core/intake/zip/entry';

/** One entry of a hand-built zip; the declared fields can lie on purpose. */
export interface ZipSpec {
  name: string;
  data: Uint8Array | string;
  method?: 0 | 8;
  /** Raw compressed bytes to store instead of compressing `data`. */
  raw?: Uint8Array;
  declaredSize?: number;
  flags?: number;
}

const bytesOf = (d: Uint8Array | string): Uint8Array => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

/** Writes a zip (local headers, data, central directory, end record) byte by byte. */
export const buildZip = (specs: readonly ZipSpec[]): Uint8Array => {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const data = bytesOf(spec.data);
    const method = spec.method ?? 8;
    const packed = spec.raw ?? (method === 8 ? deflateRawSync(data) : Buffer.from(data));
    const name = Buffer.from(spec.name, 'utf8');
    const crc = crc32(data) >>> 0;
    const size = spec.declaredSize ?? data.length;
    const flags = (spec.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(packed));
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + packed.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cdBytes, end]));
};

/** All entries of a zip, unpacked (for rewriting a DOCX built by the `docx` package). */
export const readZip = (bytes: Uint8Array): Map<string, Uint8Array> => {
  const out = new Map<string, Uint8Array>();
  for (const e of readZipDirectory(bytes).entries) out.set(e.name, readZipEntry(bytes, e));
  return out;
};

export const rewriteZip = (bytes: Uint8Array, edit: (entries: Map<string, Uint8Array>) => void): Uint8Array => {
  const entries = readZip(bytes);
  edit(entries);
  return buildZip([...entries].map(([name, data]) => ({ name, data })));
};

export const text = (entries: Map<string, Uint8Array>, name: string): string => Buffer.from(entries.get(name) ?? []).toString('utf8');
