import { parentPort } from 'node:worker_threads';
import type { ExtractRequest, FromExtractWorker } from '../../../electron/core/intake/pool-protocol';

/**
 * Stands in for extract-worker to drive the pool through every way a parser can behave. The
 * first byte of the "file" says what to do: 0 answer after bytes[1] ms, 1 hang, 2 crash,
 * 3 exhaust memory, 4 exit, 5 answer with a typed error.
 */
const port = parentPort;
if (!port) throw new Error('worker only');
const send = (m: FromExtractWorker) => port.postMessage(m);

const answer = (req: ExtractRequest) =>
  send({
    type: 'result',
    id: req.id,
    ok: true,
    doc: { format: 'pdf', pageCount: 1, hasPhoto: false, properties: {}, attachments: [], lines: [{ text: `file ${req.bytes[2] ?? 0}`, page: 1, fontSize: 10, bold: false, region: 'body' }] },
  });

port.on('message', (req: ExtractRequest) => {
  switch (req.bytes[0]) {
    case 0:
      setTimeout(() => answer(req), req.bytes[1] ?? 0);
      break;
    case 1:
      for (;;) {
        // Spin: a parser stuck in a loop never yields.
      }
    case 2:
      setImmediate(() => {
        throw new Error('parser bug');
      });
      break;
    case 3: {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1_000_000).fill(1));
    }
    case 4:
      process.exit(3);
      break;
    default:
      send({ type: 'result', id: req.id, ok: false, error: { code: 'IMPORT_NO_TEXT', message: 'no text' } });
  }
});
send({ type: 'ready' });
