import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Vitest global setup for e2e: the bridge, the core worker and the renderer, built fresh. */
export default function setup(): void {
  // Set by whoever has just built (e.g. several e2e runs against one fresh build).
  if (process.env.CVAULT_SKIP_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
