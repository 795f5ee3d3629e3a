import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureSet } from '../fixtures';

/** The files every benchmark measures: the generated fixture set and, when present, the public corpus. */
export interface BenchFile {
  set: 'generated' | 'corpus';
  name: string;
  bytes: Uint8Array;
}

export const corpusDir = (root: string): string => resolve(root, '..', 'shared', 'corpus');

export const benchFiles = async (root: string): Promise<BenchFile[]> => {
  const generated = (await fixtureSet({ seed: 7 })).map((f): BenchFile => ({ set: 'generated', name: f.name, bytes: f.bytes }));
  const dir = corpusDir(root);
  const corpus = existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(pdf|docx)$/i.test(f))
        .sort()
        .map((f): BenchFile => ({ set: 'corpus', name: f, bytes: readFileSync(join(dir, f)) }))
    : [];
  return [...generated, ...corpus];
};

/** Nearest-rank percentile (p in 0..1) of a sample. */
export const percentile = (xs: readonly number[], p: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
};

export const summary = (xs: readonly number[]) => ({
  n: xs.length,
  medianMs: Math.round(percentile(xs, 0.5)),
  p95Ms: Math.round(percentile(xs, 0.95)),
  maxMs: Math.round(xs.reduce((m, x) => Math.max(m, x), 0)),
});

export const describeSummary = (s: ReturnType<typeof summary>): string =>
  s.n === 0 ? 'n/a' : `median ${s.medianMs} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms (n=${s.n})`;

/** Peak resident memory of this process, parser threads included (they share it). */
export const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * A batch of `count` files cycling through `files`, each made unique by a comment appended
 * after its end (the vault would otherwise see repeats as duplicates); parsing is unchanged.
 */
export const batchOf = (files: readonly BenchFile[], count: number): BenchFile[] =>
  Array.from({ length: count }, (_, i) => {
    const f = files[i % files.length] as BenchFile;
    return { ...f, name: `${i}-${f.name}`, bytes: Buffer.concat([Buffer.from(f.bytes), Buffer.from(`\n% ${i}\n`)]) };
  });
