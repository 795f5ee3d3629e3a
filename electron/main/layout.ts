import { join } from 'node:path';

/** What main needs from the build output (scripts/build.mjs), given the dist/ folder. */
export interface AppLayout {
  /** dist/preload/preload.cjs: a single CommonJS file, as a sandboxed preload must be. */
  preload: string;
  /** dist/renderer: served as app://cvault/. */
  rendererRoot: string;
  /** dist/core/worker.mjs, outside app.asar when packaged (see electron-builder.yml asarUnpack). */
  coreWorker: string;
  /** dist/core/extract-worker.mjs: the PDF/DOCX parser threads the core starts. */
  extractWorker: string;
}

/** A worker thread loads its script and native module with plain Node: give it the unpacked copy. */
export const outsideAsar = (path: string): string => path.replace(/\.asar([\\/])/, '.asar.unpacked$1');

export const appLayout = (distDir: string): AppLayout => ({
  preload: join(distDir, 'preload', 'preload.cjs'),
  rendererRoot: join(distDir, 'renderer'),
  coreWorker: outsideAsar(join(distDir, 'core', 'worker.mjs')),
  extractWorker: outsideAsar(join(distDir, 'core', 'extract-worker.mjs')),
});

/** `--vault DIR` / `--vault=DIR` on the command line, then CVAULT_VAULT_DIR (as the web bridge). */
export const vaultDirOverride = (argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--vault') return argv[i + 1] || undefined;
    if (arg?.startsWith('--vault=')) return arg.slice('--vault='.length) || undefined;
  }
  return env.CVAULT_VAULT_DIR || undefined;
};
