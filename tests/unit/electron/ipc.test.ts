import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { CALL_NAMES, channelOf, EVENT_CHANNEL } from '../../../shared/contract';
import { forwardCoreEvents, registerCallHandlers } from '../../../electron/main/ipc';
import { BrowserWindow, FakeWebFrame, ipcMain, resetFakeElectron } from './fake-electron';
import { fakeCore, VAULT_STATUS } from './fake-core';

vi.mock('electron', () => import('./fake-electron'));

const setup = (result?: Parameters<typeof fakeCore>[0]) => {
  const win = new BrowserWindow({});
  const core = fakeCore(result);
  const dispose = registerCallHandlers(core, () => win as unknown as ElectronWindow);
  const invoke = (name: string, input: unknown, event: object = { sender: win.webContents, senderFrame: win.webContents.mainFrame }) => {
    const handler = ipcMain.handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return Promise.resolve(handler(event, input));
  };
  return { win, core, dispose, invoke };
};

describe('IPC handlers', () => {
  beforeEach(resetFakeElectron);

  it('registers exactly one handler per contract call, and no other', () => {
    const { dispose } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CALL_NAMES.length);
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('forwards a valid call from our window to the core and returns the checked result', async () => {
    const { core, invoke } = setup();
    const result = await invoke('cvault:vault.unlock', { passphrase: 'correct horse battery' });
    expect(core.call).toHaveBeenCalledWith('vault.unlock', { passphrase: 'correct horse battery' });
    expect(result).toEqual({ ok: true, value: VAULT_STATUS });
  });

  it('turns a result that breaks the contract into INTERNAL', async () => {
    const { invoke } = setup({ ok: true, value: { state: 'open-sesame' } });
    const result = await invoke('cvault:vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes typed core errors through', async () => {
    const { invoke } = setup({ ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE', message: 'Wrong passphrase.' } });
    const result = await invoke('cvault:vault.unlock', { passphrase: 'nope nope nope' });
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_WRONG_PASSPHRASE', message: 'Wrong passphrase.' } });
  });

  it('answers invalid input with INVALID_INPUT without reaching the core', async () => {
    const { core, invoke } = setup();
    for (const bad of [{ passphrase: 42 }, { passphrase: 'x', extra: true }, 'not-an-object', []]) {
      const result = await invoke('cvault:vault.unlock', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('never echoes a rejected value back', async () => {
    const { invoke } = setup();
    const result = (await invoke('cvault:vault.unlock', { passphrase: 12345678901 })) as { ok: false; error: { message: string } };
    expect(result.error.message).not.toContain('12345678901');
  });

  it('refuses calls from another window, an iframe, a foreign URL or a gone frame', async () => {
    const { win, core, invoke } = setup();
    const other = new BrowserWindow({});
    const iframe = new FakeWebFrame('app://cvault/index.html', win.webContents.mainFrame);
    const cases: object[] = [
      { sender: other.webContents, senderFrame: other.webContents.mainFrame },
      { sender: win.webContents, senderFrame: iframe },
      { sender: win.webContents, senderFrame: null },
      { sender: win.webContents, senderFrame: new FakeWebFrame('app://cvault/index.html') },
    ];
    for (const event of cases) {
      const result = await invoke('cvault:vault.status', {}, event);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('Refused') } });
    }
    win.webContents.mainFrame.url = 'https://evil.example/';
    expect(await invoke('cvault:vault.status', {})).toMatchObject({ ok: false });
    win.webContents.mainFrame.url = 'app://cvault.evil.example/';
    expect(await invoke('cvault:vault.status', {})).toMatchObject({ ok: false });
    win.webContents.mainFrame.url = 'app://cvault/index.html#/candidates';
    expect(await invoke('cvault:vault.status', {})).toMatchObject({ ok: true });
    expect(core.call).toHaveBeenCalledTimes(1);
  });

  it('refuses everything once the window is gone', async () => {
    const { win, core, invoke } = setup();
    win.destroyed = true;
    expect(await invoke('cvault:vault.status', {})).toMatchObject({ ok: false });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('does not throw when the core does', async () => {
    const { core, invoke } = setup();
    core.call.mockRejectedValueOnce(new Error('boom'));
    expect(await invoke('cvault:vault.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('core events', () => {
  beforeEach(resetFakeElectron);

  it('are sent to our window on the event channel', () => {
    const win = new BrowserWindow({});
    const core = fakeCore();
    const stop = forwardCoreEvents(core, () => win as unknown as ElectronWindow);
    core.emit('vault.locked', { reason: 'idle' });
    expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'vault.locked', { reason: 'idle' });
    stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('are dropped when there is no window or it shows something else', () => {
    const win = new BrowserWindow({});
    const ref: { current?: BrowserWindow } = {};
    const core = fakeCore();
    forwardCoreEvents(core, () => ref.current as unknown as ElectronWindow | undefined);
    core.emit('vault.locked', { reason: 'user' });
    ref.current = win;
    win.webContents.mainFrame.url = 'https://evil.example/';
    core.emit('vault.locked', { reason: 'user' });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});
