import type { CvaultBridge } from './api/preload-types';

declare global {
  interface Window {
    /** Set by electron/preload through contextBridge; absent in browser mode. */
    readonly cvault?: CvaultBridge;
  }
}

export {};
