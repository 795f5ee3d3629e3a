import { app, type WebContents } from 'electron';
import { isAppUrl } from './origin';

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Keeps a page on app://cvault/: no navigation elsewhere, no new windows, no <webview>. */
export const hardenWebContents = (contents: WebContents): void => {
  const stayOnApp = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links to the outside world are not opened: the vault app has no reason to show remote pages.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/** Applies the guards to every web contents the app ever creates, ours or not. */
export const guardAllWebContents = (): void => {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
};
