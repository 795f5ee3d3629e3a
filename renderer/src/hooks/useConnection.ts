import { useSyncExternalStore } from 'react';
import type { Connection, CvaultClient } from '../api';

/** Re-renders when the page loses or regains its connection to the core. */
export const useConnection = (client: CvaultClient): Connection =>
  useSyncExternalStore(client.connection.subscribe, client.connection.get);
