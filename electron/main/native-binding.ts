import { join } from 'node:path';

/**
 * better-sqlite3-multiple-ciphers in node_modules is built for Node (tests, CLI, web bridge).
 * Electron loads its own build, made by scripts/electron-native.mjs outside node_modules, so the
 * two never overwrite each other. Keep these paths in step with that script and with
 * electron-builder.yml (extraResources → resources/native/).
 */
export const NATIVE_MODULE_FILE = 'better_sqlite3.node';
export const PACKAGED_NATIVE_DIR = 'native';

export const devNativeBindingPath = (projectRoot: string, electronVersion: string): string =>
  join(projectRoot, '.cache', 'electron-native', electronVersion, 'build', 'Release', NATIVE_MODULE_FILE);

export const packagedNativeBindingPath = (resourcesPath: string): string =>
  join(resourcesPath, PACKAGED_NATIVE_DIR, NATIVE_MODULE_FILE);

export interface NativeBindingContext {
  isPackaged: boolean;
  /** process.resourcesPath (packaged app). */
  resourcesPath: string | undefined;
  /** The repository root (development). */
  projectRoot: string;
  /** process.versions.electron. */
  electronVersion: string | undefined;
  exists: (path: string) => boolean;
}

export type NativeBindingResolution = { ok: true; path: string } | { ok: false; message: string };

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/;

export const resolveNativeBinding = (ctx: NativeBindingContext): NativeBindingResolution => {
  if (ctx.isPackaged) {
    if (!ctx.resourcesPath) return { ok: false, message: 'CVault cannot find its resources folder. Reinstall CVault.' };
    const path = packagedNativeBindingPath(ctx.resourcesPath);
    return ctx.exists(path)
      ? { ok: true, path }
      : { ok: false, message: `The encrypted database module is missing (${path}). Reinstall CVault.` };
  }
  if (!ctx.electronVersion || !VERSION.test(ctx.electronVersion)) {
    return { ok: false, message: 'This is not running under Electron: start CVault with "npm start".' };
  }
  const path = devNativeBindingPath(ctx.projectRoot, ctx.electronVersion);
  return ctx.exists(path)
    ? { ok: true, path }
    : {
        ok: false,
        message:
          `The database module built for Electron ${ctx.electronVersion} is missing (${path}). ` +
          'Run "node scripts/electron-native.mjs" (it downloads the Electron headers once), ' +
          'or use the browser mode: "npm run web".',
      };
};
