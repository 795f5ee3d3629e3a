// Full import speed (guard, extraction, structuring, storing in a fresh encrypted vault) through
// the in-process core, as the CLI and the app run it. Run by `npm run bench`; never by `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInProcessCore } from '../../electron/core/host/core';
import { batchOf, benchFiles, describeSummary, peakRssMiB, summary, type BenchFile } from './bench-files';

const root = resolve(import.meta.dirname, '..', '..');
const workerPath = process.env.CVAULT_EXTRACT_WORKER;
if (!workerPath) throw new Error('CVAULT_EXTRACT_WORKER must name the bundled extract worker (scripts/bench.mjs sets it)');
const BATCH = Number(process.env.CVAULT_BENCH_BATCH ?? 100);

const freshCore = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cvault-bench-'));
  const core = createInProcessCore({ dir: join(dir, 'v'), extractWorkerPath: workerPath });
  const created = await core.call('vault.create', { passphrase: 'bench-marks-are-not-secret-9' });
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  return {
    core,
    cleanup: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

type Core = Awaited<ReturnType<typeof freshCore>>['core'];

const importOne = async (core: Core, f: BenchFile) => {
  const t = performance.now();
  const r = await core.call('candidates.import', {
    fileName: f.name.split('/').pop() ?? 'cv',
    data: Buffer.from(f.bytes).toString('base64'),
    source: { kind: 'job-website' },
  });
  const status = r.ok ? (r.value as { status: string }).status : r.error.code;
  return { ms: performance.now() - t, status };
};

const main = async () => {
  const files = await benchFiles(root);
  const cores = availableParallelism();

  // 1. One at a time into one vault: the time a consultant waits for one CV.
  const single = await freshCore();
  const times: Record<BenchFile['set'], number[]> = { generated: [], corpus: [] };
  const singleStatuses: Record<string, number> = {};
  await importOne(single.core, batchOf(files, 1)[0] as BenchFile);
  for (const f of files) {
    const r = await importOne(single.core, f);
    singleStatuses[r.status] = (singleStatuses[r.status] ?? 0) + 1;
    if (r.status === 'imported') times[f.set].push(r.ms);
  }
  await single.cleanup();

  // 2. A batch of mixed files, as many in flight as cores (what the import screen does).
  const batch = batchOf(files, BATCH);
  const vault = await freshCore();
  let next = 0;
  const statuses: Record<string, number> = {};
  const t0 = performance.now();
  const lane = async () => {
    while (next < batch.length) {
      const r = await importOne(vault.core, batch[next++] as BenchFile);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: cores }, lane));
  const seconds = (performance.now() - t0) / 1000;
  await vault.cleanup();

  const report = {
    generated: summary(times.generated),
    corpus: summary(times.corpus),
    singleStatuses,
    batch: { files: BATCH, seconds: Math.round(seconds * 100) / 100, filesPerSecond: Math.round((BATCH / seconds) * 10) / 10, statuses },
    peakRssMiB: peakRssMiB(),
  };
  process.stdout.write(
    [
      `  import one CV, generated fixtures: ${describeSummary(report.generated)}`,
      `  import one CV, public corpus:      ${describeSummary(report.corpus)}`,
      `  results one at a time:             ${JSON.stringify(singleStatuses)}`,
      `  batch of ${BATCH} mixed files:          ${report.batch.seconds} s, ${report.batch.filesPerSecond} files/s ${JSON.stringify(statuses)}`,
      `  peak RSS (process + parser threads): ${report.peakRssMiB} MiB`,
      `  ${JSON.stringify({ import: report })}`,
      '',
    ].join('\n'),
  );
};

await main();
