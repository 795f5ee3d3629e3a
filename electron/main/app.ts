import { app, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreConfig, CoreHost } from '../core/host/types';
import { startWorkerCore } from '../core/host/worker-host';
import { APP_DIR_NAME, appDataDir, defaultVaultDir } from '../core/vault/paths';
import { installCspHeaders } from './csp';
import { forwardCoreEvents, registerCallHandlers } from './ipc';
import { appLayout, vaultDirOverride } from './layout';
import { closeCoreOnQuit } from './lifecycle';
import { installMenu } from './menu';
import { resolveNativeBinding } from './native-binding';
import { guardAllWebContents } from './navigation';
import { denyAllPermissions } from './permissions';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { blockRemoteRequests } from './requests';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

export interface StartOptions {
  /** The dist/ folder: main.mjs lives in dist/main, the repository root is its parent. */
  distDir: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  resourcesPath?: string | undefined;
  electronVersion?: string | undefined;
  exists?: (path: string) => boolean;
  /** The core host; a worker thread by default (tests pass a fake). */
  startCore?: (entry: string, config: CoreConfig) => CoreHost;
}

export interface RunningApp {
  /** Settles once the window is created (or start-up failed and the app is exiting). */
  ready: Promise<void>;
  getWindow(): BrowserWindow | undefined;
  getCore(): CoreHost | undefined;
}

const fatal = (message: string): void => {
  dialog.showErrorBox('CVault cannot start', message);
  app.exit(1);
};

/**
 * Wires the shell. Everything before `whenReady` must stay synchronous: under an ESM main entry
 * the ready event can fire while a top-level await is pending, and schemes must be registered
 * before it.
 */
export const startApp = (options: StartOptions): RunningApp | undefined => {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  let win: BrowserWindow | undefined;
  let core: CoreHost | undefined;
  const getWindow = () => win;

  // Same folder the CLI and the web bridge compute, whatever package.json calls the app.
  app.setName(APP_DIR_NAME);
  app.setPath('userData', appDataDir());
  if (!claimSingleInstance(getWindow)) {
    app.quit();
    return undefined;
  }
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();
  closeCoreOnQuit(() => core);

  const onReady = (): void => {
    const layout = appLayout(options.distDir);
    const native = resolveNativeBinding({
      isPackaged: app.isPackaged,
      resourcesPath: 'resourcesPath' in options ? options.resourcesPath : process.resourcesPath,
      projectRoot: join(options.distDir, '..'),
      electronVersion: 'electronVersion' in options ? options.electronVersion : process.versions.electron,
      exists: options.exists ?? existsSync,
    });
    if (!native.ok) return fatal(native.message);

    const ses = session.defaultSession;
    denyAllPermissions(ses);
    blockRemoteRequests(ses);
    installCspHeaders(ses);
    serveAppProtocol(layout.rendererRoot);

    const dir = vaultDirOverride(argv, env) ?? defaultVaultDir();
    const started = (options.startCore ?? startWorkerCore)(layout.coreWorker, {
      dir,
      nativeBinding: native.path,
      extractWorkerPath: layout.extractWorker,
    });
    core = started;
    registerCallHandlers(started, getWindow);
    forwardCoreEvents(started, getWindow);

    const lockVault = (): void => void started.call('vault.lock', {});
    installMenu({ isPackaged: app.isPackaged, platform: process.platform, lockVault, showAbout: () => app.showAboutPanel() });
    app.setAboutPanelOptions({ applicationName: 'CVault', applicationVersion: app.getVersion() });
    // Leaving the desk locks the vault, as the idle timer would.
    powerMonitor.on('lock-screen', lockVault);
    powerMonitor.on('suspend', lockVault);

    const open = (): void => {
      const created = createMainWindow(layout.preload, !app.isPackaged);
      created.on('closed', () => {
        if (win === created) win = undefined;
      });
      win = created;
    };
    app.on('window-all-closed', () => app.quit());
    app.on('activate', () => {
      if (!win) open();
    });
    open();
  };

  const ready = app
    .whenReady()
    .then(onReady)
    .catch((e: unknown) => fatal(e instanceof Error ? e.message : 'Unknown start-up error.'));
  return { ready, getWindow, getCore: () => core };
};
