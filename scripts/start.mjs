// `npm start [-- options]`: builds, then runs CVault as a desktop app (Electron) when the Electron
// binary is available, and in browser mode (the loopback web bridge) otherwise.
//
//   --browser    skip Electron and start browser mode (also CVAULT_BROWSER=1)
//   --no-open    in browser mode, do not open the browser (also CVAULT_NO_OPEN=1, or CI set)
//   anything else (e.g. --vault DIR) is passed to the app / the web bridge.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OWN_FLAGS = new Set(['--browser', '--no-open']);
const argv = process.argv.slice(2);
const appArgs = argv.filter((a) => !OWN_FLAGS.has(a));
const forceBrowser = argv.includes('--browser') || process.env.CVAULT_BROWSER === '1';
const noOpen = argv.includes('--no-open') || process.env.CVAULT_NO_OPEN === '1' || Boolean(process.env.CI);
const INSTALL_TIMEOUT_MS = 120_000;
/** An Electron that dies this fast with an error (no display, bad sandbox…) did not really start. */
const EARLY_EXIT_MS = 10_000;

const say = (line) => process.stdout.write(`cvault: ${line}\n`);
const node = (script, options = {}) => spawnSync(process.execPath, [join(root, script)], { cwd: root, stdio: 'inherit', ...options });

const electronDir = join(root, 'node_modules', 'electron');
const electronVersion = (() => {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
})();

/**
 * The Electron executable, if installed. This reads what `require('electron')` reads (path.txt
 * and dist/) without requiring it: that module starts a download with no time limit when the
 * binary is missing.
 */
const electronBinary = () => {
  try {
    const rel = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
    const exe = join(base, rel);
    return rel && existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
};

/** Runs Electron's own installer with a time limit; returns why it failed, or undefined. */
const tryInstallElectron = () => {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return 'node_modules/electron is not installed';
  say(`Electron ${electronVersion ?? ''} is not downloaded yet; trying to download it (at most ${INSTALL_TIMEOUT_MS / 1000} s)...`);
  const r = spawnSync(process.execPath, [installer], { cwd: electronDir, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
  if (r.error) return r.error.code === 'ETIMEDOUT' ? `the download timed out after ${INSTALL_TIMEOUT_MS / 1000} s` : r.error.message;
  if (r.status !== 0) {
    const line = `${r.stderr}\n${r.stdout}`.split('\n').map((l) => l.trim()).find((l) => /error/i.test(l));
    return `the download failed${line ? `: ${line.slice(0, 200)}` : ''}`;
  }
  return electronBinary() ? undefined : 'the installer finished but no Electron binary was found';
};

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** Opens the bridge's loopback address in the default browser; never anything else. */
const openLocal = (url) => {
  if (!/^http:\/\/127\.0\.0\.1:\d{1,5}\/(#token=[A-Za-z0-9_-]+)?$/.test(url)) return;
  let command;
  let args;
  let options = {};
  if (process.platform === 'darwin') [command, args] = ['open', [url]];
  else if (process.platform === 'win32') {
    // The URL was checked above: it holds no character cmd would interpret.
    [command, args, options] = ['cmd.exe', ['/d', '/s', '/c', `start "" "${url}"`], { windowsVerbatimArguments: true }];
  } else if (onPath('xdg-open')) [command, args] = ['xdg-open', [url]];
  if (!command) {
    say('No browser opener found (xdg-open): open the address above in your browser.');
    return;
  }
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
    child.on('error', () => say('Could not open the browser: open the address above yourself.'));
    child.unref();
  } catch {
    say('Could not open the browser: open the address above yourself.');
  }
};

/**
 * Runs a child until it exits, then exits with its code. Ctrl+C reaches the child through the
 * terminal; a signal sent to this process alone is passed on (SIGINT after a grace period, so the
 * child does not get it twice).
 */
const supervise = (child, onExit) => {
  const forward = (signal, delayMs) => () => {
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    }, delayMs);
  };
  process.on('SIGINT', forward('SIGINT', 3000));
  process.on('SIGTERM', forward('SIGTERM', 0));
  process.on('SIGHUP', forward('SIGHUP', 0));
  child.on('exit', (code, signal) => {
    if (onExit?.(code, signal)) return;
    process.exit(code ?? (signal ? 130 : 0));
  });
};

const startBrowserMode = (reason) => {
  say(`Starting in browser mode: ${reason}`);
  say('The app is served on 127.0.0.1 only, with a one-time token; nothing leaves this computer.');
  const web = join(root, 'dist', 'web', 'web.mjs');
  if (!existsSync(web)) {
    say('dist/web/web.mjs is missing: the build did not produce the web bridge.');
    process.exit(1);
  }
  const child = spawn(process.execPath, [web, ...appArgs], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
  let seen = '';
  let opened = noOpen;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen = (seen + chunk.toString('utf8')).slice(-4096);
    const match = /http:\/\/127\.0\.0\.1:\d{1,5}\/#token=[A-Za-z0-9_-]+/.exec(seen);
    if (match) {
      opened = true;
      openLocal(match[0]);
    }
  });
  supervise(child);
};

const startElectron = (exe) => {
  say(`Starting the desktop app (Electron ${electronVersion}).`);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(exe, ['.', ...appArgs], { cwd: root, stdio: 'inherit', env });
  // Spawning failed (not executable…): 'exit' will not follow.
  child.on('error', (e) => startBrowserMode(`Electron could not be started (${e.message}).`));
  supervise(child, (code) => {
    if (code !== 0 && code !== null && Date.now() - startedAt < EARLY_EXIT_MS) {
      startBrowserMode(`Electron exited at once with code ${code} (no display? see its message above).`);
      return true;
    }
    return false;
  });
};

// 1. Build everything (main, preload, core worker, CLI, web bridge, renderer).
const build = node('scripts/build.mjs');
if (build.status !== 0) {
  say('The build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}

// 2. Pick the mode.
if (forceBrowser) {
  startBrowserMode('browser mode was asked for (--browser / CVAULT_BROWSER=1).');
} else {
  let exe = electronBinary();
  const installError = exe ? undefined : tryInstallElectron();
  exe ??= electronBinary();
  if (!exe) {
    startBrowserMode(`the Electron binary is not available (${installError ?? 'unknown reason'}).`);
  } else {
    // 3. Electron needs the database module built for its ABI (kept apart from node_modules).
    const native = node('scripts/electron-native.mjs');
    if (native.status !== 0) {
      startBrowserMode('the encrypted database module could not be built for Electron (see above).');
    } else {
      startElectron(exe);
    }
  }
}
