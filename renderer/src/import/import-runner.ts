import type { CvaultApi } from '../../../shared/contract';
import type { SourceInput } from '../../../shared/candidates/source';
import { bytesToBase64 } from '../lib/base64';
import { createWorkQueue } from '../lib/work-queue';
import type { NewFile, QueueAction } from './queue-model';

/** Two files in flight: enough to keep the core's parser pool busy without flooding the bridge. */
export const IMPORT_CONCURRENCY = 2;
/** The core refuses larger files; checking here spares reading and sending them. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the runner needs of a File (a browser File, or a stand-in in tests). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportRunner {
  /** Remembers the files and gives each an id for the list. */
  add(files: readonly ImportFile[]): NewFile[];
  forget(ids: readonly number[]): void;
  /** Queues these files with their source; at most IMPORT_CONCURRENCY are sent at once. */
  start(ids: readonly number[], source: SourceInput): void;
  /** Drops the files not sent yet and returns their ids. */
  cancelPending(): number[];
}

/**
 * Reads each file, sends it to candidates.import and reports every step as a list action.
 * Files are held only until they are sent; nothing is written anywhere on the way.
 */
export const createImportRunner = (
  api: Pick<CvaultApi, 'candidates.import'>,
  dispatch: (action: QueueAction) => void,
  concurrency: number = IMPORT_CONCURRENCY,
): ImportRunner => {
  const files = new Map<number, ImportFile>();
  let nextId = 1;
  const queue = createWorkQueue<{ id: number; source: SourceInput }>(concurrency, async ({ id, source }) => {
    const file = files.get(id);
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES) {
        dispatch({ type: 'fail', id, error: { code: 'IMPORT_TOO_LARGE', message: '' } });
        return;
      }
      if (file.size === 0) {
        dispatch({ type: 'fail', id, error: { code: 'IMPORT_CORRUPT', message: '' } });
        return;
      }
      dispatch({ type: 'progress', id, status: 'reading' });
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      dispatch({ type: 'progress', id, status: 'importing' });
      const result = await api['candidates.import']({ fileName: file.name, data, source });
      if (result.ok) dispatch({ type: 'outcome', id, outcome: result.value });
      else dispatch({ type: 'fail', id, error: result.error });
    } catch {
      dispatch({ type: 'fail', id, error: { code: 'INTERNAL', message: '' } });
    } finally {
      files.delete(id);
    }
  });
  return {
    add(list) {
      return list.map((file) => {
        const id = nextId;
        nextId += 1;
        files.set(id, file);
        return { id, name: file.name, size: file.size };
      });
    },
    forget(ids) {
      for (const id of ids) files.delete(id);
    },
    start(ids, source) {
      queue.push(ids.map((id) => ({ id, source })));
    },
    cancelPending() {
      const ids = queue.cancelPending().map((j) => j.id);
      for (const id of ids) files.delete(id);
      return ids;
    },
  };
};
