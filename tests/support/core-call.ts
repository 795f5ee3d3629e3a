import type { CallName, InputOf, OutputOf } from '../../shared/contract';
import type { createInProcessCore } from '../../electron/core/host/core';

type Core = ReturnType<typeof createInProcessCore>;

/**
 * Contract calls on an in-process core, as the UI and the CLI make them: `call` throws the typed
 * error (its `code` attached), `failure` answers the code or 'ok'. `core` is read at each call, so
 * a test may make a fresh core before each case.
 */
export const coreCalls = (core: () => Core) => ({
  call: async <N extends CallName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const r = await core().call(name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as OutputOf<N>;
  },
  failure: async <N extends CallName>(name: N, input: InputOf<N>): Promise<string> => {
    const r = await core().call(name, input);
    return r.ok ? 'ok' : r.error.code;
  },
});
