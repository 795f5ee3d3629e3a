import type { EventName, EventPayload } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** The core as its hosts (Electron main, web bridge) see it, wherever it runs. */
export interface CoreHost {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
}

export interface CoreConfig {
  dir: string;
  nativeBinding?: string | undefined;
  autoLockMinutes?: number | undefined;
  extractWorkerPath?: string | undefined;
}
