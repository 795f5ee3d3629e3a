import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf, EVENT_CHANNEL } from '../../../shared/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Bridge = Record<string, (...args: unknown[]) => unknown>;
let key: unknown;
let bridge: Bridge;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [key, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [unknown, Bridge];
});

describe('preload', () => {
  it('exposes window.cvault with exactly the contract calls plus onEvent', () => {
    expect(key).toBe('cvault');
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or a generic invoke', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'require', 'process']) {
      expect(bridge).not.toHaveProperty(name);
    }
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('sends each call on its own channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { state: 'absent' } });
    const result = await bridge['vault.unlock']?.({ passphrase: 'p' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf('vault.unlock'), { passphrase: 'p' });
    expect(result).toEqual({ ok: true, value: { state: 'absent' } });
    await bridge['vault.status']?.();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf('vault.status'), {});
  });

  it('turns a failed invoke into an error result', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await bridge['vault.status']?.({})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('onEvent relays core events without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.onEvent?.(listener) as () => void;
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'vault.locked', { reason: 'idle' });
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'not.an.event', {});
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('vault.locked', { reason: 'idle' });
    off();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'vault.locked', { reason: 'user' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => bridge.onEvent?.('not a function')).toThrow(TypeError);
  });
});
