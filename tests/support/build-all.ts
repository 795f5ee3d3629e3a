import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Vitest global setup for e2e: the bridge, the core worker and the renderer, built fresh. */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
