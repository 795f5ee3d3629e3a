// `npm run eval:redaction [-- --seeds 1,2,3] [-- --misses]`: bundles the evaluation (it uses the test
// fixture generator and the real extraction) and runs it. Prints counts only, never CV texts.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache', 'eval');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'eval-redaction.mjs');
await build({
  entryPoints: [join(root, 'tests', 'eval', 'run-eval.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfjs-dist', 'mammoth'],
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'warning',
});
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
