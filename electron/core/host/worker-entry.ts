import { parentPort, workerData } from 'node:worker_threads';
import { createInProcessCore } from './core';
import type { FromWorker, ToWorker } from './protocol';
import type { CoreConfig } from './types';

/** Runs the core off the host's event loop: SQL and parsing never block the window or the server. */
const port = parentPort;
if (!port) throw new Error('worker-entry must run in a worker thread');

const core = createInProcessCore(workerData as CoreConfig);
const send = (m: FromWorker) => port.postMessage(m);

core.onEvent((name, payload) => send({ type: 'event', name, payload }));

port.on('message', (m: ToWorker) => {
  if (m.type === 'close') {
    void core.close().then(() => {
      send({ type: 'closed' });
      port.close();
    });
    return;
  }
  void core.call(m.name, m.input).then((result) => send({ type: 'result', id: m.id, result }));
});
