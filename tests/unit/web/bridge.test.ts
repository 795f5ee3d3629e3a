import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessCore } from '../../../electron/core/host/core';
import { createBridgeServer, listenLoopback } from '../../../electron/web/server';
import { resolveStatic } from '../../../electron/web/static';
import { tempDirs } from '../../support/tmp';

const TOKEN = 'test-token-abcdefghijklmnop';
const tmp = tempDirs();
let server: Server;
let port: number;
let core: ReturnType<typeof createInProcessCore>;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const send = (
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${name}`, {
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeEach(async () => {
  const staticRoot = tmp.make();
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>CVault</title>');
  mkdirSync(join(staticRoot, 'assets'));
  writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  core = createInProcessCore({ dir: join(tmp.make(), 'vault') });
  server = createBridgeServer({ core, token: TOKEN, staticRoot, maxBodyBytes: 4096 });
  port = await listenLoopback(server, 0);
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await core.close();
  tmp.cleanup();
});

describe('web bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the contract with a valid token', async () => {
    const r = await api('vault.status', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { state: 'absent' } });
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await api('vault.status', {}, { authorization: '' })).status).toBe(401);
    expect((await api('vault.status', {}, { authorization: `Bearer ${TOKEN.slice(0, -1)}x` })).status).toBe(401);
  });

  it('refuses a DNS-rebinding Host and a foreign Origin', async () => {
    expect((await api('vault.status', {}, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await send('GET', '/', { headers: { host: `attacker.test:${port}` } })).status).toBe(403);
    expect((await api('vault.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('vault.status', {}, { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('validates input and names the bad field', async () => {
    const r = await api('vault.unlock', { passphrase: 42 });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(JSON.parse(r.body).error.message).toContain('passphrase');
  });

  it('refuses unknown calls, non-JSON and oversized bodies', async () => {
    expect((await api('vault.dropEverything', {})).status).toBe(404);
    expect((await send('POST', '/api/vault.status', { headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await api('vault.unlock', { passphrase: 'x'.repeat(10_000) })).status).toBe(413);
    expect((await send('POST', '/api/vault.status', { headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{oops' })).status).toBe(400);
  });

  it('returns typed errors as results: a wrong passphrase is VAULT_WRONG_PASSPHRASE', async () => {
    expect(JSON.parse((await api('vault.create', { passphrase: 'tulip-bicycle-Ghent-1987' })).body).ok).toBe(true);
    await api('vault.lock', {});
    const r = JSON.parse((await api('vault.unlock', { passphrase: 'tulip-bicycle-Ghent-1988' })).body);
    expect(r).toEqual({ ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE', message: expect.any(String) } });
  });

  it('serves the renderer with the strict CSP, and nothing outside its folder', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await send('GET', '/../../../etc/passwd')).status).toBe(404);
    expect((await send('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect(resolveStatic('/srv/app', '/%2e%2e/secret')).toBeUndefined();
  });

  it('streams core events to an authorised listener', async () => {
    await api('vault.create', { passphrase: 'tulip-bicycle-Ghent-1987' });
    const received = new Promise<string>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('vault.locked')) {
              req.destroy();
              resolve(text);
            }
          });
          void api('vault.lock', {});
        },
      );
      req.end();
    });
    expect(await received).toContain('data: {"name":"vault.locked","payload":{"reason":"user"}}');
  });
});
