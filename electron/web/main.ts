import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorkerCore } from '../core/host/worker-host';
import { defaultVaultDir } from '../core/vault/paths';
import { createBridgeServer, listenLoopback } from './server';

/** `node dist/web/web.mjs [--vault DIR] [--port N]`: the app in a browser, on 127.0.0.1 only. */
const DEFAULT_PORT = 4477;

const argValue = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '..');
const dir = resolve(argValue('--vault') ?? process.env.CVAULT_VAULT_DIR ?? defaultVaultDir());
const requested = argValue('--port');
const core = startWorkerCore(join(dist, 'core', 'worker.mjs'), {
  dir,
  extractWorkerPath: join(dist, 'core', 'extract-worker.mjs'),
});
const token = randomBytes(24).toString('base64url');
const server = createBridgeServer({ core, token, staticRoot: join(dist, 'renderer') });

const listen = async (): Promise<number> => {
  if (requested !== undefined) return listenLoopback(server, Number(requested));
  try {
    return await listenLoopback(server, DEFAULT_PORT);
  } catch {
    return listenLoopback(server, 0);
  }
};

const port = await listen();
process.stdout.write(`CVault is running in browser mode: http://127.0.0.1:${port}/#token=${token}\n`);
process.stdout.write(`Vault folder: ${dir}\nPress Ctrl+C to stop (the vault is locked on exit).\n`);

const stop = () => {
  server.close();
  server.closeAllConnections();
  void core.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
