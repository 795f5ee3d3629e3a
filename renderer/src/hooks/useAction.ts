import { useCallback, useRef, useState } from 'react';
import type { ErrorCode, Result } from '../../../shared/errors';

export interface Action<A extends unknown[], T> {
  readonly busy: boolean;
  readonly error: ErrorCode | undefined;
  /** Runs the call once at a time; resolves to its value, or undefined when it failed. */
  readonly run: (...args: A) => Promise<T | undefined>;
  readonly clearError: () => void;
}

/** Busy and error state around one API call: the error is kept as a code, shown in the UI's words. */
export const useAction = <A extends unknown[], T>(call: (...args: A) => Promise<Result<T>>): Action<A, T> => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | undefined>(undefined);
  const inFlight = useRef(false);
  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setBusy(true);
      setError(undefined);
      try {
        const result = await call(...args);
        if (result.ok) return result.value;
        setError(result.error.code);
        return undefined;
      } catch {
        setError('INTERNAL');
        return undefined;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [call],
  );
  return { busy, error, run, clearError: useCallback(() => setError(undefined), []) };
};
