import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT, WEB_ENTRY } from './paths';

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/;

export interface RunningBridge {
  /** The link the bridge printed, with the token. */
  readonly url: string;
  /** http://127.0.0.1:PORT/ without the token. */
  readonly origin: string;
  readonly token: string;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** Starts `node dist/web/web.mjs --vault DIR --port 0` and waits for the link it prints. */
export const startBridge = (vaultDir: string, timeoutMs = 30_000): Promise<RunningBridge> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEB_ENTRY, '--vault', vaultDir, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let log = '';
    let settled = false;
    const output = (): string => log;
    const stop = async (): Promise<void> => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void stop();
      reject(new Error(`The bridge printed no link within ${timeoutMs} ms. Output:\n${log}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString('utf8');
      const match = URL_PATTERN.exec(log);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      const url = match[0];
      const token = url.split('#token=')[1] ?? '';
      resolve({ url, origin: url.split('#')[0] ?? url, token, output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`The bridge exited (${code ?? signal}) before printing its link. Output:\n${log}`));
    });
  });
