export interface WorkQueue<T> {
  /** Adds items to the end of the queue and starts as many as the concurrency allows. */
  push(items: readonly T[]): void;
  /** Drops every item not started yet and returns them; running items finish. */
  cancelPending(): T[];
  readonly pending: () => number;
  readonly running: () => number;
}

/**
 * A first-in first-out queue that runs `work` on at most `concurrency` items at a time. New items
 * can be pushed while earlier ones run (a second drop during an import joins the same queue, so
 * the limit holds across batches). `work` reports its own failures; a throw only frees the slot.
 */
export const createWorkQueue = <T>(concurrency: number, work: (item: T) => Promise<void>): WorkQueue<T> => {
  const waiting: T[] = [];
  let active = 0;
  const pump = (): void => {
    while (active < concurrency && waiting.length > 0) {
      const item = waiting.shift() as T;
      active += 1;
      void work(item)
        .catch(() => undefined)
        .finally(() => {
          active -= 1;
          pump();
        });
    }
  };
  return {
    push(items) {
      waiting.push(...items);
      pump();
    },
    cancelPending: () => waiting.splice(0),
    pending: () => waiting.length,
    running: () => active,
  };
};
