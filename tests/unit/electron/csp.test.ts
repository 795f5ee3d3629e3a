import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, installCspHeaders, withCsp } from '../../../electron/main/csp';
import { FakeSession, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));

describe('content security policy', () => {
  beforeEach(resetFakeElectron);

  it('allows only the app itself: no eval, no inline script, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
  });

  it('replaces whatever CSP a response had', () => {
    const out = withCsp({ 'content-security-policy': ["script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] });
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('is set on every response of the session', () => {
    const ses = new FakeSession();
    installCspHeaders(ses as unknown as Session);
    const callback = vi.fn();
    ses.headersListener?.({ url: 'app://cvault/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
