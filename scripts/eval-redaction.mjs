// `npm run eval:redaction [-- --seeds 1,2,3] [-- --misses]`: bundles the evaluation (it uses the test
// fixture generator and the real extraction) and runs it. Prints counts only, never CV texts.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeEntry, ROOT } from './node-bundle.mjs';

const outDir = join(ROOT, '.cache', 'eval');
mkdirSync(outDir, { recursive: true });
const outfile = await bundleNodeEntry('tests/eval/run-eval.ts', join(outDir, 'eval-redaction.mjs'));
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
