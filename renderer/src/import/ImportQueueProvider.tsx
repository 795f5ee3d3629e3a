import { useCallback, useMemo, useReducer, useState, type ReactNode } from 'react';
import type { SourceInput } from '../../../shared/candidates/source';
import { useClient } from '../api/ClientContext';
import { createImportRunner } from './import-runner';
import { ImportQueueContext, type ImportQueue } from './ImportQueueContext';
import { queueReducer, summarise } from './queue-model';

/**
 * Holds the import list for the whole unlocked session, so an import keeps running (and its
 * results stay visible) while the consultant looks at candidates.
 */
export function ImportQueueProvider({ children }: { readonly children: ReactNode }) {
  const { api } = useClient();
  const [items, dispatch] = useReducer(queueReducer, []);
  const [runner] = useState(() => createImportRunner(api, dispatch));

  const stage = useCallback((list: readonly File[]) => dispatch({ type: 'stage', files: runner.add(list) }), [runner]);

  const start = useCallback(
    (source: SourceInput) => {
      const ids = items.filter((i) => i.status === 'staged').map((i) => i.id);
      if (ids.length === 0) return;
      dispatch({ type: 'start', ids, source });
      runner.start(ids, source);
    },
    [items, runner],
  );

  const cancel = useCallback(async () => {
    dispatch({ type: 'cancelled', ids: runner.cancelPending() });
    // Files already sent may still wait for a parser in the core; those come back as IMPORT_CANCELLED.
    await api['candidates.cancelImports']({});
  }, [api, runner]);

  const unstage = useCallback(
    (id: number) => {
      runner.forget([id]);
      dispatch({ type: 'unstage', id });
    },
    [runner],
  );

  const clearStaged = useCallback(() => {
    runner.forget(items.filter((i) => i.status === 'staged').map((i) => i.id));
    dispatch({ type: 'clearStaged' });
  }, [items, runner]);

  const clearFinished = useCallback(() => dispatch({ type: 'clearFinished' }), []);

  const value = useMemo<ImportQueue>(
    () => ({ items, summary: summarise(items), stage, unstage, clearStaged, start, cancel, clearFinished }),
    [items, stage, unstage, clearStaged, start, cancel, clearFinished],
  );
  return <ImportQueueContext.Provider value={value}>{children}</ImportQueueContext.Provider>;
}
