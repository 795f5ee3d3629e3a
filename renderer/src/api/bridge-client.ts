import { createApiClient } from '../../../shared/contract/client';
import { startEventStream } from './bridge-events';
import { createBridgeTransport } from './bridge-transport';
import type { CvaultClient } from './client';
import { createConnectionStore } from './connection';
import { createListenerSet } from './listeners';
import type { CoreEvent } from './sse';
import { decideToken, TOKEN_STORAGE_KEY } from './token';

const readStored = (): string | null => {
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
};

const writeStored = (token: string | undefined): void => {
  try {
    if (token === undefined) window.sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    else window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage can be disabled; the token then lives for this page only.
  }
};

/** Reads the token from the address bar (then hides it) or from this tab's session storage. */
export const takeToken = (): string | undefined => {
  const decision = decideToken({ hash: window.location.hash, stored: readStored() });
  if (decision.store) writeStored(decision.token);
  if (decision.stripHash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  return decision.token;
};

/**
 * Opening the printed link in a tab already on this page only changes the hash (no reload): take
 * the new token and start afresh with it.
 */
const reloadOnNewLink = (): void => {
  window.addEventListener('hashchange', () => {
    if (decideToken({ hash: window.location.hash, stored: null }).token === undefined) return;
    takeToken();
    window.location.reload();
  });
};

/** The client for browser mode: HTTP calls and a server-sent event stream to the web bridge. */
export const createBridgeClient = (): CvaultClient => {
  let token = takeToken();
  reloadOnNewLink();
  const base = window.location.href;
  const connection = createConnectionStore();
  const forgetToken = (): void => {
    token = undefined;
    writeStored(undefined);
  };
  const getToken = (): string | undefined => token;

  const reconnects = createListenerSet<[]>();
  let stop: (() => void) | undefined;
  const listeners = createListenerSet<[CoreEvent]>({
    onFirst: () => {
      stop = startEventStream({
        base,
        getToken,
        connection,
        onEvent: (event) => listeners.emit(event),
        onReconnect: () => reconnects.emit(),
      });
    },
    onLast: () => {
      stop?.();
      stop = undefined;
    },
  });

  const api = createApiClient(createBridgeTransport({ base, getToken, connection, onUnauthorized: forgetToken }));
  return { api, connection, onEvent: listeners.add, onReconnect: reconnects.add };
};
