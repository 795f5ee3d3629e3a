/**
 * Limits applied to every imported file. Documents are hostile input: each limit turns a file
 * that would exhaust memory, CPU or time into a typed error for that file alone.
 */
export interface ExtractionLimits {
  /** Size of the file itself. */
  maxBytes: number;
  /** PDF pages; a CV bundle with cover letter and certificates stays well below this. */
  maxPages: number;
  /** Wall-clock budget per file inside a worker, in milliseconds. */
  timeoutMs: number;
  /** Heap for each parsing worker, in MB. */
  workerMemoryMb: number;
  /** DOCX: entries in the zip directory. */
  zipMaxEntries: number;
  /** DOCX: declared uncompressed size of all entries together, and the real size of what we inflate. */
  zipMaxUncompressedBytes: number;
  /** DOCX: uncompressed / compressed, per entry and overall (checked for entries big enough to matter). */
  zipMaxRatio: number;
}

export const DEFAULT_LIMITS: Readonly<ExtractionLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxPages: 60,
  timeoutMs: 15_000,
  workerMemoryMb: 768,
  zipMaxEntries: 2000,
  zipMaxUncompressedBytes: 100 * 1024 * 1024,
  zipMaxRatio: 100,
});

export const resolveLimits = (partial: Partial<ExtractionLimits> | undefined): ExtractionLimits => {
  const out: ExtractionLimits = { ...DEFAULT_LIMITS };
  if (!partial) return out;
  for (const key of Object.keys(out) as (keyof ExtractionLimits)[]) {
    const v = partial[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
};

/** What the caller knows about the file besides its bytes; never used to pick a parser. */
export interface FileHint {
  fileName?: string | undefined;
}
