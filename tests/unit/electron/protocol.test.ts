import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { createAppHandler, registerAppScheme, resolveAppFile, serveAppProtocol } from '../../../electron/main/protocol';
import { protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'cvault-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CVault</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(resetFakeElectron);

const get = (url: string, method = 'GET') => createAppHandler(root)(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppProtocol(root);
    expect(protocol.handlers.has('app')).toBe(true);
  });

  it('maps URLs inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://cvault/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://cvault/index.html?x=1#/candidates')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://cvault/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://cvault//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    'app://cvault/..%2f..%2fetc%2fpasswd',
    'app://cvault/%2e%2e%2fsecret.txt',
    'app://cvault/..%2fsecret.txt',
    'app://cvault/assets/..%5c..%5csecret.txt',
    'app://cvault/a\\..\\..\\secret.txt',
    'app://cvault/%00index.html',
    'app://cvault/%E0%A4%A',
    'app://other/index.html',
    'https://cvault/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });

  it('answers 404 to traversal attempts, even ones a URL parser normalises', async () => {
    for (const url of ['app://cvault/../../etc/passwd', 'app://cvault/../secret.txt', 'app://cvault/..%2fsecret.txt', 'app://cvault/%2e%2e/secret.txt']) {
      const res = await get(url);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('outside the renderer');
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves files with their MIME type and the security headers', async () => {
    const cases: [string, string][] = [
      ['app://cvault/', 'text/html; charset=utf-8'],
      ['app://cvault/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://cvault/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://cvault/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(type);
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect(await (await get('app://cvault/index.html')).text()).toContain('<title>CVault</title>');
  });

  it('answers 404 for missing files and folders, 405 for other methods', async () => {
    expect((await get('app://cvault/missing.js')).status).toBe(404);
    expect((await get('app://cvault/assets')).status).toBe(404);
    expect((await get('app://cvault/index.html', 'POST')).status).toBe(405);
    const head = await get('app://cvault/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
