import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CoreEvent, CvaultClient } from '../api';

/** Subscribes to core events for the life of the component; the latest handler is always used. */
export const useCoreEvents = (client: CvaultClient, onEvent: (event: CoreEvent) => void, onReconnect: () => void): void => {
  const handlers = useRef({ onEvent, onReconnect });
  useLayoutEffect(() => {
    handlers.current = { onEvent, onReconnect };
  });
  useEffect(() => {
    const offEvent = client.onEvent((event) => handlers.current.onEvent(event));
    const offReconnect = client.onReconnect(() => handlers.current.onReconnect());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client]);
};
