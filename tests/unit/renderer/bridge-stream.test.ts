import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../renderer/src/api/envelope';
import { parseEventData, SseParser, toCoreEvent } from '../../../renderer/src/api/sse';

describe('SseParser', () => {
  it('yields the data of each complete event', () => {
    const p = new SseParser();
    expect(p.feed('data: {"a":1}\n\ndata: {"b":2}\n\n')).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('handles events split across chunks, CRLF and split CRLF', () => {
    const p = new SseParser();
    expect(p.feed('data: {"na')).toEqual([]);
    expect(p.feed('me":1}\r')).toEqual([]);
    expect(p.feed('\n\r\n')).toEqual(['{"name":1}']);
  });

  it('joins multi-line data and ignores comments and other fields', () => {
    const p = new SseParser();
    expect(p.feed(': ping\n\nevent: x\nid: 3\ndata: a\ndata:b\n\n')).toEqual(['a\nb']);
  });
});

describe('core events', () => {
  it('accepts contract events with valid payloads', () => {
    expect(parseEventData('{"name":"vault.locked","payload":{"reason":"idle"}}')).toEqual({
      name: 'vault.locked',
      payload: { reason: 'idle' },
    });
  });

  it('drops unknown names, bad payloads and bad JSON', () => {
    expect(parseEventData('{"name":"vault.exploded","payload":{}}')).toBeUndefined();
    expect(parseEventData('{"name":"vault.locked","payload":{"reason":"cosmic"}}')).toBeUndefined();
    expect(parseEventData('not json')).toBeUndefined();
    expect(parseEventData('null')).toBeUndefined();
    expect(toCoreEvent('toString', {})).toBeUndefined();
  });
});

describe('readEnvelope', () => {
  const status = { state: 'locked', dir: '/v', autoLockMinutes: 10 };

  it('passes a valid success through', () => {
    expect(readEnvelope('vault.status', { ok: true, value: status })).toEqual({ ok: true, value: status });
  });

  it('keeps a known error code', () => {
    const body = { ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE', message: 'Wrong.' } };
    expect(readEnvelope('vault.unlock', body)).toEqual(body);
  });

  it('turns a wrong shape or unknown code into INTERNAL', () => {
    const internal = { ok: false, error: { code: 'INTERNAL' } };
    expect(readEnvelope('vault.status', { ok: true, value: { state: 'open' } })).toMatchObject(internal);
    expect(readEnvelope('vault.status', { ok: false, error: { code: 'NOPE', message: '' } })).toMatchObject(internal);
    expect(readEnvelope('vault.status', 'hello')).toMatchObject(internal);
    expect(readEnvelope('vault.status', null)).toMatchObject(internal);
  });
});
