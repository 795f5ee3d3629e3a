/**
 * Whether the page can talk to the core. Only the web bridge can lose it: a missing or stale
 * token ('unauthorized') or a stopped process ('unreachable').
 */
export type Connection = 'ok' | 'unauthorized' | 'unreachable';

export interface ConnectionStore {
  readonly get: () => Connection;
  readonly set: (next: Connection) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export const createConnectionStore = (initial: Connection = 'ok'): ConnectionStore => {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
