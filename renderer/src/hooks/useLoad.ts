import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode, Result } from '../../../shared/errors';

export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly value: T; readonly refreshing: boolean }
  | { readonly kind: 'error'; readonly code: ErrorCode };

interface Stored<T> {
  readonly load: () => Promise<Result<T>>;
  readonly nonce: number;
  readonly result: Result<T> | { ok: false; error: { code: 'INTERNAL'; message: string } };
}

/**
 * Loads data with a contract call whenever `load` changes (wrap it in useCallback with its
 * inputs) or `reload()` is called. While a new load runs, the last value stays available so
 * lists do not flash empty between filter changes.
 */
export const useLoad = <T>(load: () => Promise<Result<T>>): { state: Loaded<T>; reload: () => void; set: (value: T) => void } => {
  const [nonce, setNonce] = useState(0);
  const [stored, setStored] = useState<Stored<T> | undefined>(undefined);
  const [lastValue, setLastValue] = useState<T | undefined>(undefined);

  useEffect(() => {
    let live = true;
    load().then(
      (result) => {
        if (!live) return;
        setStored({ load, nonce, result });
        if (result.ok) setLastValue(result.value);
      },
      () => {
        if (live) setStored({ load, nonce, result: { ok: false, error: { code: 'INTERNAL', message: '' } } });
      },
    );
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const set = useCallback(
    (value: T) => {
      setLastValue(value);
      setStored({ load, nonce, result: { ok: true, value } });
    },
    [load, nonce],
  );

  const current = stored !== undefined && stored.load === load && stored.nonce === nonce;
  let state: Loaded<T>;
  if (stored && current) state = stored.result.ok ? { kind: 'ok', value: stored.result.value, refreshing: false } : { kind: 'error', code: stored.result.error.code };
  else if (lastValue !== undefined) state = { kind: 'ok', value: lastValue, refreshing: true };
  else state = { kind: 'loading' };
  return { state, reload, set };
};
