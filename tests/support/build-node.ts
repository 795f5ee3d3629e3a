import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Vitest global setup: bundle the Node side once so child-process tests run today's code. */
export default function setup(): void {
  // For a quick run of tests that start no child process: CVAULT_SKIP_BUILD=1.
  if (process.env.CVAULT_SKIP_BUILD) return;
  const root = resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['scripts/build.mjs', '--node'], {
    cwd: root,
    stdio: 'inherit',
  });
}
