import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Bundles a TypeScript entry into a runnable .mjs so tests can start it as a child process or a
 * worker thread (Node 20 cannot run TypeScript itself). Returns the bundle's path.
 */
export const bundleEntry = (entry: string): string => {
  // Inside the project so the bundle resolves node_modules; .cache is git-ignored.
  const base = join(root, '.cache', 'test-bundles');
  mkdirSync(base, { recursive: true });
  const outfile = join(mkdtempSync(join(base, 'b-')), 'entry.mjs');
  buildSync({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'electron', 'pdfjs-dist', 'mammoth'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
};
