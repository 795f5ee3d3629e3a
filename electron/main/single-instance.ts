import { app, type BrowserWindow } from 'electron';

/**
 * One running CVault per user: a second launch focuses the first window. Returns false when
 * another instance holds the lock; the caller then quits.
 */
export const claimSingleInstance = (getWindow: () => BrowserWindow | undefined): boolean => {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
};
