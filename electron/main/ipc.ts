import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelOf, EVENT_CHANNEL, type CallName } from '../../shared/contract';
import { checkResult, parseInput } from '../../shared/contract/validate';
import { fail, type Result } from '../../shared/errors';
import type { CoreHost } from '../core/host/types';
import { isAppUrl } from './origin';

export type WindowRef = () => BrowserWindow | undefined;

const REFUSED: Result<never> = fail('INTERNAL', 'Refused: this request did not come from the CVault window.');

/**
 * Only the top frame of our window, showing app://cvault/, may call the core: not an iframe,
 * not another window, not a page that somehow navigated elsewhere.
 */
export const isTrustedSender = (event: IpcMainInvokeEvent, win: BrowserWindow | undefined): boolean => {
  try {
    if (!win || win.isDestroyed()) return false;
    const contents = win.webContents;
    const frame = event.senderFrame;
    if (!frame || event.sender !== contents) return false;
    const main = contents.mainFrame;
    const isMain = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
    return isMain && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A frame that was disposed mid-call throws on access: refuse it.
    return false;
  }
};

/** Validates the input, runs the call in the core and checks the result against the contract. */
export const runCall = async (core: CoreHost, name: CallName, raw: unknown): Promise<Result<unknown>> => {
  const parsed = parseInput(name, raw);
  if (!parsed.ok) return parsed;
  try {
    return checkResult(name, await core.call(name, parsed.value.input));
  } catch {
    return fail('INTERNAL', `Something went wrong in ${name}. Nothing was changed.`);
  }
};

/** One handler per contract call, none other. Returns a function that removes them. */
export const registerCallHandlers = (core: CoreHost, getWindow: WindowRef): (() => void) => {
  const channels = CALL_NAMES.map((name) => {
    const channel = channelOf(name);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, raw: unknown) =>
      isTrustedSender(event, getWindow()) ? runCall(core, name, raw) : Promise.resolve(REFUSED),
    );
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
};

/** Core events (progress, auto-lock) go to our window only, and only while it shows our UI. */
export const forwardCoreEvents = (core: CoreHost, getWindow: WindowRef): (() => void) =>
  core.onEvent((name, payload) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
    if (!isAppUrl(win.webContents.getURL())) return;
    win.webContents.send(EVENT_CHANNEL, name, payload);
  });
