import { parentPort, workerData } from 'node:worker_threads';
import { isCoreError } from '../errors';
import { extractDocument } from './extract';
import { unreadable } from './failures';
import type { ExtractRequest, FromExtractWorker, WorkerConfig } from './pool-protocol';

/**
 * Entry of one parsing thread (bundled as dist/core/extract-worker.mjs). It parses one file at a
 * time; the pool enforces the time budget and replaces the thread if it hangs or dies.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

const { limits } = workerData as WorkerConfig;
const send = (m: FromExtractWorker) => port.postMessage(m);

const handle = async (req: ExtractRequest): Promise<void> => {
  try {
    const doc = await extractDocument(req.bytes, limits, req.hint);
    send({ type: 'result', id: req.id, ok: true, doc });
  } catch (e) {
    const error = isCoreError(e) ? e : unreadable();
    send({ type: 'result', id: req.id, ok: false, error: { code: error.code, message: error.message } });
  }
};

port.on('message', (req: ExtractRequest) => {
  void handle(req);
});
send({ type: 'ready' });
