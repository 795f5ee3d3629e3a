import type { CvaultClient } from './client';
import { createConnectionStore } from './connection';
import type { CvaultBridge } from './preload-types';
import { toCoreEvent } from './sse';

/** The client inside Electron: the preload's typed API; events arrive over IPC. */
export const createElectronClient = (bridge: CvaultBridge): CvaultClient => {
  const { onEvent, ...api } = bridge;
  return {
    api,
    connection: createConnectionStore('ok'),
    onEvent: (listener) =>
      onEvent((name, payload) => {
        const event = toCoreEvent(name, payload);
        if (event) listener(event);
      }),
    onReconnect: () => () => undefined,
  };
};
