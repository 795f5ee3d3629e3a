// esbuild settings every Node-side bundle shares (the app, the benchmarks, the redaction eval).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Native and Electron modules stay outside the bundles; pdf.js ships its own worker files.
export const NODE_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfjs-dist', 'mammoth'];

// ESM bundles still meet CommonJS `require` inside dependencies.
export const ESM_BANNER = {
  js: "import { createRequire as __cvCreateRequire } from 'node:module'; const require = __cvCreateRequire(import.meta.url);",
};

export const NODE_COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: NODE_EXTERNALS,
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: ROOT,
};

/** One TypeScript entry (relative to the repository) → a runnable ESM file; resolves to its path. */
export const bundleNodeEntry = (entry, outfile) =>
  build({ ...NODE_COMMON, entryPoints: [join(ROOT, entry)], outfile, format: 'esm', banner: ESM_BANNER }).then(() => outfile);
