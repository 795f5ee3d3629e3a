import { createBridgeClient } from './bridge-client';
import type { CvaultClient } from './client';
import { createElectronClient } from './electron-client';

export type { CvaultClient } from './client';
export type { Connection } from './connection';
export type { CoreEvent } from './sse';

/** `window.cvault` inside Electron; the loopback web bridge in a plain browser. */
export const createClient = (): CvaultClient =>
  window.cvault ? createElectronClient(window.cvault) : createBridgeClient();
