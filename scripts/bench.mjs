// `npm run bench`: bundles the parser worker and the benchmarks (they use the test fixture
// generator) into .cache/bench and runs them: extraction through the worker pool, then the full
// import through the core. Figures are printed; nothing here is part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeEntry, ROOT } from './node-bundle.mjs';

const outDir = join(ROOT, '.cache', 'bench');
mkdirSync(outDir, { recursive: true });
const bundle = (entry, outfile) => bundleNodeEntry(entry, join(outDir, outfile));

const env = { ...process.env, CVAULT_EXTRACT_WORKER: await bundle('electron/core/intake/extract-worker.ts', 'extract-worker.mjs') };
const run = (file) => execFileSync(process.execPath, [file], { stdio: 'inherit', env });

process.stdout.write('== extraction (guard + PDF/DOCX parsing in the worker pool)\n');
run(await bundle('tests/bench/extract-bench.ts', 'extract-bench.mjs'));

process.stdout.write('== import (extraction + structuring + storing in an encrypted vault)\n');
let importBench;
try {
  importBench = await bundle('tests/bench/import-bench.ts', 'import-bench.mjs');
} catch (e) {
  // The import pipeline spans other parts of the core; while one of them does not build, the
  // extraction figures above still stand on their own.
  const reason = (e.errors ?? []).map((x) => x.text).join('; ') || e.message;
  process.stdout.write(`  skipped: the import pipeline does not build (${reason})\n`);
}
if (importBench) run(importBench);
