// Builds everything `npm start`, `npm run web`, the CLI and the e2e tests run: the Node side with
// esbuild (one bundle per entry), the renderer with Vite. Pass --node to skip the renderer.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nodeOnly = process.argv.includes('--node');

// Native and Electron modules stay outside the bundles; pdf.js ships its own worker files.
const external = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfjs-dist', 'mammoth'];
const esmBanner = {
  js: "import { createRequire as __cvCreateRequire } from 'node:module'; const require = __cvCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

const entries = [
  { in: 'electron/main/main.ts', out: 'dist/main/main.mjs' },
  { in: 'electron/core/host/worker-entry.ts', out: 'dist/core/worker.mjs' },
  { in: 'electron/core/intake/extract-worker.ts', out: 'dist/core/extract-worker.mjs' },
  { in: 'electron/cli/main.ts', out: 'dist/cli/cli.mjs' },
  { in: 'electron/web/main.ts', out: 'dist/web/web.mjs' },
];

rmSync(join(root, 'dist', 'main'), { recursive: true, force: true });
// The node-only build serves the CLI and the bridge tests, which do not need the Electron shell.
const wanted = nodeOnly ? entries.filter((e) => !e.in.startsWith('electron/main/')) : entries;
await Promise.all([
  ...wanted.map((e) =>
    build({ ...common, entryPoints: [e.in], outfile: e.out, format: 'esm', banner: esmBanner }),
  ),
  // A sandboxed preload must be a single CommonJS script.
  ...(nodeOnly ? [] : [build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs' })]),
]);

if (!nodeOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}
