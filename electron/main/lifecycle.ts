import { app } from 'electron';
import type { CoreHost } from '../core/host/types';

/**
 * Before the app exits, the core locks the vault and its worker stops (the worker host gives it
 * 5 s). Quitting is held until then, once; a second quit request while closing just waits.
 */
export const closeCoreOnQuit = (getCore: () => CoreHost | undefined): void => {
  let state: 'running' | 'closing' | 'closed' = 'running';
  const onQuit = (event: { preventDefault(): void }): void => {
    const core = getCore();
    if (state === 'closed' || !core) return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void core
      .close()
      .catch(() => undefined)
      .then(() => {
        state = 'closed';
        app.quit();
      });
  };
  app.on('before-quit', onQuit);
  app.on('will-quit', onQuit);
};
