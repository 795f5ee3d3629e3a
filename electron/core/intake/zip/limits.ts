import type { ExtractionLimits } from '../limits';
import { encryptedOffice, oversizedArchive } from '../failures';
import type { ZipDirectory } from './directory';

/** Ratios only matter once an entry is big enough to hurt; small XML parts compress very well. */
const RATIO_ENTRY_FLOOR = 1024 * 1024;
const RATIO_TOTAL_FLOOR = 10 * 1024 * 1024;

/** Judges a DOCX by its central directory alone, before anything is inflated. */
export const checkZipDirectory = (zip: ZipDirectory, limits: ExtractionLimits): void => {
  const count = zip.entries.length;
  if (count > limits.zipMaxEntries)
    throw oversizedArchive(`has ${count} internal parts (the limit is ${limits.zipMaxEntries})`);
  if (zip.entries.some((e) => e.encrypted)) throw encryptedOffice();
  let declared = 0;
  let compressed = 0;
  for (const e of zip.entries) {
    declared += e.uncompressedSize;
    compressed += e.compressedSize;
  }
  if (declared > limits.zipMaxUncompressedBytes)
    throw oversizedArchive(
      `unpacks to ${Math.round(declared / 1024 / 1024)} MB (the limit is ${Math.round(limits.zipMaxUncompressedBytes / 1024 / 1024)} MB)`,
    );
  const inflated = (e: { uncompressedSize: number; compressedSize: number }) =>
    e.uncompressedSize / Math.max(1, e.compressedSize) > limits.zipMaxRatio;
  if (zip.entries.some((e) => e.uncompressedSize > RATIO_ENTRY_FLOOR && inflated(e)))
    throw oversizedArchive('contains a part compressed far more than any normal document');
  if (declared > RATIO_TOTAL_FLOOR && inflated({ uncompressedSize: declared, compressedSize: compressed }))
    throw oversizedArchive('is compressed far more than any normal document');
};
