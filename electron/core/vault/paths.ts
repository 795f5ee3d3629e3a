import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'CVault';
export const DB_FILE = 'vault.db';
export const KEY_FILE = 'vault.key.json';

/**
 * Where the desktop app keeps its data, computed the way Electron's app.getPath('userData')
 * does, so the CLI and the web bridge find the same vault without importing Electron.
 */
export const appDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME);
};

export const defaultVaultDir = (
  platform?: NodeJS.Platform,
  env?: NodeJS.ProcessEnv,
  home?: string,
): string => join(appDataDir(platform, env, home), 'vault');

export const vaultFiles = (dir: string) => ({
  db: join(dir, DB_FILE),
  wal: join(dir, `${DB_FILE}-wal`),
  shm: join(dir, `${DB_FILE}-shm`),
  key: join(dir, KEY_FILE),
});
