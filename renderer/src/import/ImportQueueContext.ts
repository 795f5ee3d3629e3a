import { createContext, useContext } from 'react';
import type { SourceInput } from '../../../shared/candidates/source';
import type { QueueItem, QueueSummary } from './queue-model';

export interface ImportQueue {
  readonly items: readonly QueueItem[];
  readonly summary: QueueSummary;
  /** Adds picked or dropped files to the list, to be imported once the source is confirmed. */
  readonly stage: (files: readonly File[]) => void;
  readonly unstage: (id: number) => void;
  readonly clearStaged: () => void;
  /** Imports every staged file with this source. */
  readonly start: (source: SourceInput) => void;
  /** Stops files not yet sent to the core and asks the core to drop the ones waiting for a parser. */
  readonly cancel: () => Promise<void>;
  readonly clearFinished: () => void;
}

export const ImportQueueContext = createContext<ImportQueue | undefined>(undefined);

export const useImportQueue = (): ImportQueue => {
  const queue = useContext(ImportQueueContext);
  if (!queue) throw new Error('useImportQueue must be used inside <ImportQueueProvider>.');
  return queue;
};
