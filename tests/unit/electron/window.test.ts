import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, type BrowserWindow } from './fake-electron';
import { createMainWindow, mainWindowOptions } from '../../../electron/main/window';

vi.mock('electron', () => import('./fake-electron'));

describe('main window', () => {
  beforeEach(resetFakeElectron);

  it('is isolated, sandboxed, without Node, and uses the built preload', () => {
    const prefs = mainWindowOptions('/app/dist/preload/preload.cjs', false).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('stays hidden until ready-to-show, has a title and a minimum size, and loads app://cvault/', () => {
    const win = createMainWindow('/app/dist/preload/preload.cjs', true) as unknown as BrowserWindow;
    expect(win.options).toMatchObject({ title: 'CVault', show: false, minWidth: 960, minHeight: 640 });
    expect(win.webContents.loadURL).toHaveBeenCalledWith('app://cvault/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
});
