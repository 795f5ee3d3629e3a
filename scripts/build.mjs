// Builds everything `npm start`, `npm run web`, the CLI and the e2e tests run: the Node side with
// esbuild (one bundle per entry), the renderer with Vite. Pass --node to skip the renderer.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ESM_BANNER, NODE_COMMON, ROOT } from './node-bundle.mjs';

const nodeOnly = process.argv.includes('--node');

const entries = [
  { in: 'electron/main/main.ts', out: 'dist/main/main.mjs' },
  { in: 'electron/core/host/worker-entry.ts', out: 'dist/core/worker.mjs' },
  { in: 'electron/core/intake/extract-worker.ts', out: 'dist/core/extract-worker.mjs' },
  { in: 'electron/cli/main.ts', out: 'dist/cli/cli.mjs' },
  { in: 'electron/web/main.ts', out: 'dist/web/web.mjs' },
];

rmSync(join(ROOT, 'dist', 'main'), { recursive: true, force: true });
// The node-only build serves the CLI and the bridge tests, which do not need the Electron shell.
const wanted = nodeOnly ? entries.filter((e) => !e.in.startsWith('electron/main/')) : entries;
await Promise.all([
  ...wanted.map((e) =>
    build({ ...NODE_COMMON, entryPoints: [e.in], outfile: e.out, format: 'esm', banner: ESM_BANNER }),
  ),
  // A sandboxed preload must be a single CommonJS script.
  ...(nodeOnly ? [] : [build({ ...NODE_COMMON, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs' })]),
]);

if (!nodeOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}
