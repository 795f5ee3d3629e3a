/** A tiny set of listeners with fan-out; `onFirst`/`onLast` start and stop the source. */
export interface ListenerSet<A extends unknown[]> {
  readonly add: (listener: (...args: A) => void) => () => void;
  readonly emit: (...args: A) => void;
}

export const createListenerSet = <A extends unknown[]>(
  hooks: { onFirst?: () => void; onLast?: () => void } = {},
): ListenerSet<A> => {
  const listeners = new Set<(...args: A) => void>();
  return {
    add: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1) hooks.onFirst?.();
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) hooks.onLast?.();
      };
    },
    emit: (...args) => {
      for (const listener of [...listeners]) listener(...args);
    },
  };
};
