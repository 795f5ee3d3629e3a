import type { CvaultApi } from '../../../shared/contract';

/** What electron/preload exposes as `window.cvault`: the typed calls plus an event subscription. */
export type CvaultBridge = CvaultApi & {
  readonly onEvent: (listener: (name: string, payload: unknown) => void) => () => void;
};
