import { Worker } from 'node:worker_threads';
import type { EventName, EventPayload } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/errors';
import type { FromWorker, ToWorker } from './protocol';
import type { CoreConfig, CoreHost, EventListener } from './types';

/**
 * Starts the core in a worker thread (the built `worker-entry`). If the worker dies, pending calls
 * fail with INTERNAL and the next call starts a fresh worker: the vault is then locked, never lost.
 */
export const startWorkerCore = (entry: string, config: CoreConfig): CoreHost => {
  const listeners = new Set<EventListener>();
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  let worker: Worker | undefined;
  let closing = false;

  const spawn = (): Worker => {
    const w = new Worker(entry, { workerData: config });
    w.on('message', (m: FromWorker) => {
      if (m.type === 'result') {
        pending.get(m.id)?.(m.result);
        pending.delete(m.id);
      } else if (m.type === 'event') {
        for (const l of listeners) l(m.name, m.payload as EventPayload<EventName>);
      }
    });
    const onGone = () => {
      if (worker !== w) return;
      worker = undefined;
      for (const resolve of pending.values()) resolve(fail('INTERNAL', 'The core stopped unexpectedly. The vault is locked; unlock it again.'));
      pending.clear();
      if (!closing) for (const l of listeners) l('vault.locked', { reason: 'user' });
    };
    w.on('error', onGone);
    w.on('exit', onGone);
    return w;
  };

  return {
    call(name, input) {
      if (closing) return Promise.resolve(fail('INTERNAL', 'CVault is shutting down.'));
      worker ??= spawn();
      const id = nextId++;
      const w = worker;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        w.postMessage({ type: 'call', id, name, input } satisfies ToWorker);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closing = true;
      const w = worker;
      if (!w) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void w.terminate().then(() => resolve()), 5000);
        w.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        w.postMessage({ type: 'close' } satisfies ToWorker);
      });
    },
  };
};
