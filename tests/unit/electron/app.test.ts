import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf } from '../../../shared/contract';
import { startApp, type StartOptions } from '../../../electron/main/app';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, resetFakeElectron, session } from './fake-electron';
import { fakeCore } from './fake-core';

vi.mock('electron', () => import('./fake-electron'));

const DIST = '/src/cvault/dist';

const start = (over: Partial<StartOptions> = {}) => {
  const core = fakeCore();
  const startCore = vi.fn(() => core);
  const running = startApp({
    distDir: DIST,
    argv: ['electron', '.', '--vault', '/tmp/test-vault'],
    env: {},
    electronVersion: '45.4.1',
    resourcesPath: undefined,
    exists: () => true,
    startCore,
    ...over,
  });
  return { running, core, startCore };
};

describe('startApp', () => {
  beforeEach(resetFakeElectron);

  it('quits at once, wiring nothing, when another instance holds the lock', () => {
    app.gotLock = false;
    const { running } = start();
    expect(running).toBeUndefined();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('takes the lock in the CVault data folder, enables the sandbox and registers the scheme before ready', () => {
    start();
    expect(app.setName).toHaveBeenCalledWith('CVault');
    expect(app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/CVault$/));
    const order = [
      app.setPath.mock.invocationCallOrder[0],
      app.requestSingleInstanceLock.mock.invocationCallOrder[0],
      app.enableSandbox.mock.invocationCallOrder[0],
      protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0],
      app.whenReady.mock.invocationCallOrder[0],
    ];
    expect(order.every((n) => typeof n === 'number')).toBe(true);
    expect([...order].sort((a = 0, b = 0) => a - b)).toEqual(order);
  });

  it('on ready: hardens the session, serves app://, starts the core, registers IPC and opens the window', async () => {
    const { running, startCore } = start();
    await running?.ready;
    const ses = session.defaultSession;
    expect(ses.permissionRequestHandler).toBeDefined();
    expect(ses.permissionCheckHandler?.()).toBe(false);
    expect(ses.headersListener).toBeDefined();
    expect(ses.beforeRequestListener).toBeDefined();
    expect(protocol.handlers.has('app')).toBe(true);
    expect(startCore).toHaveBeenCalledWith(join(DIST, 'core', 'worker.mjs'), {
      dir: '/tmp/test-vault',
      nativeBinding: join('/src/cvault', '.cache', 'electron-native', '45.4.1', 'build', 'Release', 'better_sqlite3.node'),
      extractWorkerPath: join(DIST, 'core', 'extract-worker.mjs'),
    });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0];
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(DIST, 'preload', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(running?.getWindow()).toBe(win);
    // The window's web contents got the navigation guards through web-contents-created.
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses to start without the Electron build of the database module', async () => {
    const { running, startCore } = start({ exists: () => false });
    await running?.ready;
    expect(dialog.showErrorBox).toHaveBeenCalledWith('CVault cannot start', expect.stringContaining('electron-native'));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(startCore).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('uses the shipped module in a packaged app', async () => {
    app.isPackaged = true;
    const { running, startCore } = start({ resourcesPath: '/opt/CVault/resources' });
    await running?.ready;
    expect(startCore).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({
      nativeBinding: join('/opt/CVault/resources', 'native', 'better_sqlite3.node'),
    }));
  });

  it('a second instance focuses the first window', async () => {
    const { running } = start();
    await running?.ready;
    const win = BrowserWindow.instances[0];
    if (!win) throw new Error('no window');
    win.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('Lock vault in the menu and a screen lock both lock the vault through the core', async () => {
    const { running, core } = start();
    await running?.ready;
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const file = template.find((i) => i.label === 'File')?.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.label === 'Lock vault')?.click as unknown as () => void)();
    expect(core.call).toHaveBeenCalledWith('vault.lock', {});
    powerMonitor.emit('lock-screen');
    expect(core.call).toHaveBeenCalledTimes(2);
  });

  it('closes the core before quitting, once', async () => {
    const { running, core } = start();
    await running?.ready;
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    app.emit('will-quit', { preventDefault: vi.fn() });
    expect(core.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when the window is closed', async () => {
    const { running } = start();
    await running?.ready;
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});
