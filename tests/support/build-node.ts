import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Vitest global setup: bundle the Node side once so child-process tests run today's code. */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['scripts/build.mjs', '--node'], {
    cwd: root,
    stdio: 'inherit',
  });
}
