import { describe, expect, it } from 'vitest';
import {
  bridgeHeaders,
  decideToken,
  hashWithoutToken,
  isWellFormedToken,
  TOKEN_STORAGE_KEY,
  tokenFromHash,
} from '../../../renderer/src/api/token';
import { backoffDelay, callUrl, eventsUrl } from '../../../renderer/src/api/urls';

const TOKEN = 'Ab3_-xYz0123456789abcdefGHIJKL';

describe('token from the address bar', () => {
  it('reads #token=…', () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`#other=1&token=${TOKEN}`)).toBe(TOKEN);
  });

  it('ignores a missing, empty or malformed token', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
    expect(tokenFromHash('#token=abc%20def')).toBeUndefined();
    expect(tokenFromHash('#token=<script>')).toBeUndefined();
    expect(isWellFormedToken('a'.repeat(600))).toBe(false);
  });

  it('removes only the token from the hash', () => {
    expect(hashWithoutToken(`#token=${TOKEN}`)).toBe('');
    expect(hashWithoutToken(`#a=1&token=${TOKEN}`)).toBe('#a=1');
    expect(hashWithoutToken('#a=1')).toBe('#a=1');
  });
});

describe('decideToken', () => {
  it('stores a token from the link and hides it', () => {
    expect(decideToken({ hash: `#token=${TOKEN}`, stored: null })).toEqual({ token: TOKEN, store: true, stripHash: true });
  });

  it('prefers a new link over the token kept for the tab', () => {
    expect(decideToken({ hash: `#token=${TOKEN}`, stored: 'old-token' })).toEqual({ token: TOKEN, store: true, stripHash: true });
    expect(decideToken({ hash: `#token=${TOKEN}`, stored: TOKEN })).toEqual({ token: TOKEN, store: false, stripHash: true });
  });

  it('uses the kept token after a reload without the hash', () => {
    expect(decideToken({ hash: '', stored: TOKEN })).toEqual({ token: TOKEN, store: false, stripHash: false });
  });

  it('has no token when there is none (the bridge then answers 401)', () => {
    expect(decideToken({ hash: '', stored: null })).toEqual({ token: undefined, store: false, stripHash: false });
    expect(decideToken({ hash: '#token=bad token', stored: null })).toEqual({ token: undefined, store: false, stripHash: true });
  });

  it('uses the documented storage key', () => {
    expect(TOKEN_STORAGE_KEY).toBe('cvault.token');
  });
});

describe('requests', () => {
  it('builds bearer and JSON headers', () => {
    expect(bridgeHeaders(TOKEN, true)).toEqual({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' });
    expect(bridgeHeaders(undefined, false)).toEqual({});
  });

  it('puts the API at the origin root whatever the page path', () => {
    expect(callUrl('http://127.0.0.1:5000/', 'vault.unlock')).toBe('http://127.0.0.1:5000/api/vault.unlock');
    expect(callUrl('http://127.0.0.1:5000/index.html?x=1', 'vault.status')).toBe('http://127.0.0.1:5000/api/vault.status');
    expect(eventsUrl('http://127.0.0.1:5000/')).toBe('http://127.0.0.1:5000/api/events');
  });

  it('backs off exponentially up to a cap, with bounded jitter', () => {
    const mid = (): number => 0.5;
    expect(backoffDelay(0, mid)).toBe(500);
    expect(backoffDelay(1, mid)).toBe(1000);
    expect(backoffDelay(3, mid)).toBe(4000);
    expect(backoffDelay(50, mid)).toBe(15_000);
    expect(backoffDelay(0, () => 0)).toBe(400);
    expect(backoffDelay(0, () => 1)).toBe(600);
  });
});
