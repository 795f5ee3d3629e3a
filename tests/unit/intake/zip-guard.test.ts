import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guardFile } from '../../../electron/core/intake/guard';
import { DEFAULT_LIMITS, resolveLimits } from '../../../electron/core/intake/limits';
import { readZipDirectory, ZipError } from '../../../electron/core/intake/zip/directory';
import { buildZip, type ZipSpec } from './support/zip';

const DOCX_BASE: ZipSpec[] = [
  { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
];

const guard = (zip: Uint8Array, limits = DEFAULT_LIMITS) => {
  try {
    return guardFile(zip, limits);
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
};

describe('zip directory', () => {
  it('lists entries with their declared sizes without inflating them', () => {
    const zip = buildZip([...DOCX_BASE, { name: 'word/media/image1.png', data: 'x'.repeat(5000) }]);
    const dir = readZipDirectory(zip);
    expect(dir.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/image1.png']);
    expect(dir.byName.get('word/media/image1.png')).toMatchObject({ uncompressedSize: 5000, method: 8 });
  });

  it('refuses damaged, duplicated and ZIP64 directories', () => {
    const zip = buildZip(DOCX_BASE);
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow(ZipError);
    expect(() => readZipDirectory(buildZip([...DOCX_BASE, DOCX_BASE[1] as ZipSpec]))).toThrow(/duplicate-name/);
    const zip64 = Buffer.from(zip);
    zip64.writeUInt16LE(0xffff, zip64.length - 12);
    expect(() => readZipDirectory(zip64)).toThrow(/zip64/);
  });
});

describe('DOCX guard', () => {
  it('hands over the inflated XML parts of a sane package', () => {
    const result = guardFile(buildZip([...DOCX_BASE, { name: 'word/media/image1.png', data: 'png' }]), DEFAULT_LIMITS);
    expect(result.kind).toBe('docx');
    if (result.kind !== 'docx') return;
    expect([...result.parts.keys()]).toEqual(['[content_types].xml', 'word/document.xml']);
    expect(result.entries.has('word/media/image1.png')).toBe(true);
  });

  it('refuses too many entries from the directory alone', () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `word/media/i${i}.bin`, data: 'x', method: 0 as const }));
    expect(guard(buildZip([...DOCX_BASE, ...many]))).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/2003 internal parts/) });
  });

  it('refuses a declared total above the limit and an abnormal compression ratio', () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = { name: 'word/media/filler.bin', data: zeros };
    expect(guard(buildZip([...DOCX_BASE, bomb]))).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/compressed far more/) });
    const honestButHuge = { name: 'word/media/big.bin', data: 'x', raw: Buffer.from('x'), method: 0 as const, declaredSize: 150 * 1024 * 1024 };
    expect(guard(buildZip([...DOCX_BASE, honestButHuge]))).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringMatching(/150 MB/) });
  });

  it('stops a part that inflates to more than it declares (a zip bomb) at the declared size', () => {
    const real = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const lying: ZipSpec = {
      name: 'word/document.xml',
      data: real.subarray(0, 1000),
      raw: deflateRawSync(real),
      declaredSize: 1000,
    };
    const started = Date.now();
    expect(guard(buildZip([DOCX_BASE[0] as ZipSpec, lying]))).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/unpack to far more than they declare/),
    });
    // Inflating stops at the declared 1000 bytes instead of producing 64 MB.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('checks the real size and CRC of what it inflates', () => {
    const short = buildZip([DOCX_BASE[0] as ZipSpec, { ...(DOCX_BASE[1] as ZipSpec), declaredSize: 20 }]);
    expect(guard(short)).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    const long = buildZip([DOCX_BASE[0] as ZipSpec, { ...(DOCX_BASE[1] as ZipSpec), declaredSize: 5000 }]);
    expect(guard(long)).toMatchObject({ code: 'IMPORT_CORRUPT' });
    // Flip one byte of stored (uncompressed) data after building: the CRC no longer matches.
    const stored = Buffer.from(buildZip([DOCX_BASE[0] as ZipSpec, { ...(DOCX_BASE[1] as ZipSpec), method: 0 }]));
    const at = stored.indexOf('<w:document') + 3;
    stored[at] = (stored[at] ?? 0) ^ 0x01;
    expect(guard(stored)).toMatchObject({ code: 'IMPORT_CORRUPT' });
  });

  it('refuses encrypted entries as a protected document', () => {
    const zip = buildZip([DOCX_BASE[0] as ZipSpec, { ...(DOCX_BASE[1] as ZipSpec), flags: 1 }]);
    expect(guard(zip)).toMatchObject({ code: 'IMPORT_ENCRYPTED' });
  });

  it('applies custom limits', () => {
    const limits = resolveLimits({ zipMaxEntries: 2 });
    expect(guard(buildZip([...DOCX_BASE, { name: 'word/styles.xml', data: '<s/>' }]), limits)).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(resolveLimits({ maxPages: -1, timeoutMs: Number.NaN })).toEqual(DEFAULT_LIMITS);
  });
});
