import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './origin';

export const WINDOW_TITLE = 'CVault';

export const mainWindowOptions = (preload: string, devTools: boolean): BrowserWindowConstructorOptions => ({
  title: WINDOW_TITLE,
  width: 1280,
  height: 860,
  minWidth: 960,
  minHeight: 640,
  show: false,
  backgroundColor: '#ffffff',
  webPreferences: {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
  },
});

/** The one window: hidden until its first paint, loaded from app://cvault/ only. */
export const createMainWindow = (preload: string, devTools: boolean): BrowserWindow => {
  const win = new BrowserWindow(mainWindowOptions(preload, devTools));
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((e: unknown) => {
    process.stderr.write(`cvault: the window could not load the UI (${e instanceof Error ? e.message : 'unknown error'})\n`);
    if (!win.isDestroyed()) win.show();
  });
  return win;
};
