import type { CvaultApi } from '../../../shared/contract';
import type { ConnectionStore } from './connection';
import type { CoreEventListener } from './sse';

/** Everything the UI uses to reach the core, whichever host it runs in. */
export interface CvaultClient {
  readonly api: CvaultApi;
  /** Subscribe to core events; returns the unsubscribe function. */
  readonly onEvent: (listener: CoreEventListener) => () => void;
  /** Called after the event stream reconnects, when events may have been missed. */
  readonly onReconnect: (listener: () => void) => () => void;
  readonly connection: ConnectionStore;
}
