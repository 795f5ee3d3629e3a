// Extraction speed and memory through the real parser pool (guard + PDF/DOCX extraction in
// worker threads). Run by `npm run bench`; never part of `npm test`.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExtractionPool } from '../../electron/core/intake/pool';
import { batchOf, benchFiles, describeSummary, peakRssMiB, summary, type BenchFile } from './bench-files';

const root = resolve(import.meta.dirname, '..', '..');
const workerPath = process.env.CVAULT_EXTRACT_WORKER;
if (!workerPath) throw new Error('CVAULT_EXTRACT_WORKER must name the bundled extract worker (scripts/bench.mjs sets it)');
const BATCH = Number(process.env.CVAULT_BENCH_BATCH ?? 100);

type Outcome = { ok: true; ms: number } | { ok: false; ms: number; code: string };

const timed = async (pool: ExtractionPool, f: BenchFile): Promise<Outcome> => {
  const t = performance.now();
  try {
    await pool.extract(f.bytes, { fileName: f.name.split('/').pop() ?? f.name });
    return { ok: true, ms: performance.now() - t };
  } catch (e) {
    return { ok: false, ms: performance.now() - t, code: (e as { code?: string }).code ?? 'unknown' };
  }
};

const main = async () => {
  const files = await benchFiles(root);
  const cores = availableParallelism();
  const count = (set: BenchFile['set']) => files.filter((f) => f.set === set).length;
  process.stdout.write(`extraction: ${count('generated')} generated files, ${count('corpus')} corpus files, ${cores} cores\n`);

  // 1. One file at a time on a warm pool: what a consultant waits for one CV to be read.
  const pool = new ExtractionPool({ workerPath, size: cores });
  const cold = await timed(pool, files[0] as BenchFile);
  const times: Record<BenchFile['set'], number[]> = { generated: [], corpus: [] };
  const failures: Record<string, number> = {};
  for (const f of files) {
    const r = await timed(pool, f);
    if (r.ok) times[f.set].push(r.ms);
    else failures[r.code] = (failures[r.code] ?? 0) + 1;
  }

  // 2. A batch of mixed files submitted at once, as a drop of many CVs does: the pool runs one per core.
  const batch = batchOf(files, BATCH);
  const t0 = performance.now();
  const results = await Promise.all(batch.map((f) => timed(pool, f)));
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();

  const outcomes: Record<string, number> = {};
  for (const r of results) outcomes[r.ok ? 'extracted' : r.code] = (outcomes[r.ok ? 'extracted' : r.code] ?? 0) + 1;
  const report = {
    coldStartMs: Math.round(cold.ms),
    generated: summary(times.generated),
    corpus: summary(times.corpus),
    expectedFailures: failures,
    batch: { files: BATCH, threads: cores, seconds: Math.round(seconds * 100) / 100, filesPerSecond: Math.round((BATCH / seconds) * 10) / 10, outcomes },
    peakRssMiB: peakRssMiB(),
  };
  process.stdout.write(
    [
      `  first file on a cold pool (thread start + pdf.js load): ${report.coldStartMs} ms`,
      `  extract one file, generated fixtures: ${describeSummary(report.generated)}`,
      `  extract one file, public corpus:      ${describeSummary(report.corpus)}`,
      `  files refused with a typed error:     ${JSON.stringify(failures)}`,
      `  batch of ${BATCH} mixed files on ${cores} threads: ${report.batch.seconds} s, ${report.batch.filesPerSecond} files/s ${JSON.stringify(outcomes)}`,
      `  peak RSS (process + parser threads):  ${report.peakRssMiB} MiB`,
      `  ${JSON.stringify({ extraction: report })}`,
      '',
    ].join('\n'),
  );
};

await main();
