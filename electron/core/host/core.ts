import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { Session, type Emit } from '../api/session';
import type { CoreConfig, CoreHost, EventListener } from './types';

/** Logs only what cannot carry personal data: the call and the error's class or SQLite code. */
export const logInternal = (name: string, e: unknown): void => {
  const code = (e as { code?: unknown } | null)?.code;
  const kind = e instanceof Error ? e.constructor.name : typeof e;
  process.stderr.write(`cvault: internal error in ${name} (${kind}${typeof code === 'string' ? ` ${code}` : ''})\n`);
};

/** The core running in this thread: used by the CLI, by the worker entry and by tests. */
export const createInProcessCore = (config: CoreConfig): CoreHost & { session: Session } => {
  const listeners = new Set<EventListener>();
  const emit: Emit = (name, payload) => {
    for (const l of listeners) l(name, payload);
  };
  const session = new Session({
    dir: config.dir,
    nativeBinding: config.nativeBinding,
    extractWorkerPath: config.extractWorkerPath,
    ...(config.autoLockMinutes ? { autoLockMinutes: config.autoLockMinutes } : {}),
    emit,
  });
  const dispatch = createDispatch(createHandlers(session), session, logInternal);
  return {
    session,
    call: dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await session.close();
      listeners.clear();
    },
  };
};
