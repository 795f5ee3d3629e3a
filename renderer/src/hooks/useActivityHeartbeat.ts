import { useEffect, useLayoutEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The core locks the vault after N minutes without calls. Someone reading or typing in the UI is
 * not idle, so while `enabled`, user activity triggers `ping` at most once per `intervalMs`.
 */
export const useActivityHeartbeat = (enabled: boolean, ping: () => void, intervalMs = 60_000): void => {
  const last = useRef(0);
  const pingRef = useRef(ping);
  useLayoutEffect(() => {
    pingRef.current = ping;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    last.current = Date.now();
    const onActivity = (): void => {
      const now = Date.now();
      if (now - last.current < intervalMs) return;
      last.current = now;
      pingRef.current();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, intervalMs]);
};
