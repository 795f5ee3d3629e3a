import { vi } from 'vitest';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import type { CoreHost, EventListener } from '../../../electron/core/host/types';

export const VAULT_STATUS = { state: 'locked', dir: '/tmp/vault', autoLockMinutes: 10 } as const;

/** A CoreHost that answers every call with `result` and lets the test push events. */
export const fakeCore = (result: Result<unknown> = { ok: true, value: VAULT_STATUS }) => {
  const listeners = new Set<EventListener>();
  const core = {
    call: vi.fn((_name: string, _input: unknown): Promise<Result<unknown>> => Promise.resolve(result)),
    onEvent: vi.fn((listener: EventListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
    close: vi.fn((): Promise<void> => Promise.resolve()),
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const l of listeners) l(name, payload);
    },
    listenerCount: () => listeners.size,
  } satisfies CoreHost & Record<string, unknown>;
  return core;
};
