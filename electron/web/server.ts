import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { contract, isCallName } from '../../shared/contract';
import { fail, type Result } from '../../shared/errors';
import type { CoreHost } from '../core/host/types';
import { hostAllowed, originAllowed, tokenMatches } from './guard';
import { SECURITY_HEADERS } from './headers';
import { readStatic } from './static';

export interface BridgeOptions {
  core: CoreHost;
  token: string;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY = 1024 * 1024;

class BodyTooLarge extends Error {}

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop buffering; the 413 is sent first, then the connection is dropped.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: string | Buffer, type: string): void => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>): void =>
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');

const sendTooLarge = (req: IncomingMessage, res: ServerResponse): void => {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.destroy());
  sendResult(res, 413, fail('INVALID_INPUT', 'The request is too large.'));
};

/**
 * The loopback bridge: the built renderer plus the contract as POST /api/<name>. Every API request
 * needs the per-run token; Host and Origin are checked against our own loopback address.
 */
export const createBridgeServer = (options: BridgeOptions): Server => {
  const { core, token, staticRoot } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const streams = new Set<ServerResponse>();

  core.onEvent((name, payload) => {
    const line = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const s of streams) s.write(line);
  });

  const server = createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!hostAllowed(req, port)) return send(res, 403, 'Forbidden host', 'text/plain; charset=utf-8');
    const url = req.url ?? '/';

    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      void readStatic(staticRoot, url).then((file) =>
        file ? send(res, 200, file.body, file.type) : send(res, 404, 'Not found', 'text/plain; charset=utf-8'),
      );
      return undefined;
    }

    if (!originAllowed(req, port)) return sendResult(res, 403, fail('INVALID_INPUT', 'Cross-origin request refused.'));
    if (!tokenMatches(req, token))
      return sendResult(res, 401, fail('INVALID_INPUT', 'Missing or wrong session token: open the link CVault printed.'));

    if (url === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return undefined;
    }

    const name = url.slice('/api/'.length).split('?')[0] ?? '';
    if (req.method !== 'POST') return sendResult(res, 405, fail('INVALID_INPUT', 'Use POST for API calls.'));
    if (!isCallName(name)) return sendResult(res, 404, fail('INVALID_INPUT', 'Unknown API call.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendResult(res, 415, fail('INVALID_INPUT', 'API calls take a JSON body.'));

    void readBody(req, Math.max(maxBody, contract[name].maxInputBytes ?? 0))
      .then(async (body) => {
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body.toString('utf8')) : {};
        } catch {
          return sendResult(res, 400, fail('INVALID_INPUT', 'The request body is not valid JSON.'));
        }
        const result = await core.call(name, input);
        return sendResult(res, !result.ok && result.error.code === 'INVALID_INPUT' ? 400 : 200, result);
      })
      .catch((e: unknown) =>
        e instanceof BodyTooLarge ? sendTooLarge(req, res) : sendResult(res, 500, fail('INTERNAL', 'The request could not be read.')),
      );
    return undefined;
  });

  server.on('close', () => {
    for (const s of streams) s.end();
    streams.clear();
  });
  return server;
};

export const listenLoopback = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
