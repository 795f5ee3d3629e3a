import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApiClient, type Transport } from '../../shared/contract/client';
import type { EventName } from '../../shared/contract';
import { channelOf, EVENT_CHANNEL, EVENT_NAME_LIST } from '../../shared/contract/names';
import type { Result } from '../../shared/errors';

/**
 * window.cvault: one method per contract call plus onEvent. Never ipcRenderer itself, never a
 * generic invoke(channel): the page can reach exactly the calls the contract declares.
 */
const transport: Transport = (name, input) =>
  (ipcRenderer.invoke(channelOf(name), input) as Promise<Result<unknown>>).catch(() =>
    fail('INTERNAL', 'CVault could not reach its core. Restart the app.'),
  );

const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAME_LIST as readonly string[]).includes(name);

// Built here rather than imported: shared/errors pulls in zod, which the preload does not need.
const fail = (code: 'INTERNAL', message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Subscribes to core events; the IPC event object (which holds ipcRenderer) is never passed on. */
const onEvent = (listener: (name: EventName, payload: unknown) => void): (() => void) => {
  if (typeof listener !== 'function') throw new TypeError('cvault.onEvent needs a function.');
  const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
    if (isEventName(name)) listener(name, payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  };
};

contextBridge.exposeInMainWorld('cvault', { ...createApiClient(transport), onEvent });
