import type { ImportOutcome } from '../../../shared/candidates/candidate';
import type { SourceInput } from '../../../shared/candidates/source';
import type { ApiError } from '../../../shared/errors';

/**
 * staged: picked or dropped, waiting for the consultant to confirm the source;
 * waiting → reading (file to base64) → importing (core) → one of the outcomes.
 */
export type ItemStatus = 'staged' | 'waiting' | 'reading' | 'importing' | 'imported' | 'version' | 'duplicate' | 'failed' | 'cancelled';

export const FINISHED: readonly ItemStatus[] = ['imported', 'version', 'duplicate', 'failed', 'cancelled'];
export const isFinished = (s: ItemStatus): boolean => FINISHED.includes(s);

export interface QueueItem {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly status: ItemStatus;
  readonly source?: SourceInput;
  readonly candidateId?: number;
  readonly ref?: string;
  readonly version?: number;
  readonly error?: ApiError;
}

export interface NewFile {
  readonly id: number;
  readonly name: string;
  readonly size: number;
}

export type QueueAction =
  | { type: 'stage'; files: readonly NewFile[] }
  | { type: 'unstage'; id: number }
  | { type: 'clearStaged' }
  | { type: 'start'; ids: readonly number[]; source: SourceInput }
  | { type: 'progress'; id: number; status: 'reading' | 'importing' }
  | { type: 'outcome'; id: number; outcome: ImportOutcome }
  | { type: 'fail'; id: number; error: ApiError }
  | { type: 'cancelled'; ids: readonly number[] }
  | { type: 'clearFinished' };

/** The status an outcome of candidates.import shows as. */
export const statusOf = (o: ImportOutcome): ItemStatus => {
  if (o.status === 'duplicate') return 'duplicate';
  if (o.status === 'failed') return o.error?.code === 'IMPORT_CANCELLED' ? 'cancelled' : 'failed';
  return o.matchedExisting ? 'version' : 'imported';
};

const update = (items: readonly QueueItem[], id: number, change: (i: QueueItem) => QueueItem): QueueItem[] =>
  items.map((i) => (i.id === id ? change(i) : i));

/** Staging the same file twice (same name and size) before importing adds it once. */
const alreadyStaged = (items: readonly QueueItem[], f: NewFile): boolean =>
  items.some((i) => i.status === 'staged' && i.name === f.name && i.size === f.size);

export const queueReducer = (items: readonly QueueItem[], action: QueueAction): QueueItem[] => {
  switch (action.type) {
    case 'stage': {
      const fresh: QueueItem[] = [];
      for (const f of action.files)
        if (!alreadyStaged(items, f) && !alreadyStaged(fresh, f)) fresh.push({ id: f.id, name: f.name, size: f.size, status: 'staged' });
      return [...items, ...fresh];
    }
    case 'unstage':
      return items.filter((i) => !(i.id === action.id && i.status === 'staged'));
    case 'clearStaged':
      return items.filter((i) => i.status !== 'staged');
    case 'start': {
      const ids = new Set(action.ids);
      return items.map((i) => (ids.has(i.id) && i.status === 'staged' ? { ...i, status: 'waiting', source: action.source } : i));
    }
    case 'progress':
      return update(items, action.id, (i) => (isFinished(i.status) ? i : { ...i, status: action.status }));
    case 'outcome': {
      const o = action.outcome;
      return update(items, action.id, (i) => ({
        ...i,
        status: statusOf(o),
        ...(o.candidateId !== undefined ? { candidateId: o.candidateId } : {}),
        ...(o.ref !== undefined ? { ref: o.ref } : {}),
        ...(o.version !== undefined ? { version: o.version } : {}),
        ...(o.error ? { error: o.error } : {}),
      }));
    }
    case 'fail':
      return update(items, action.id, (i) => ({ ...i, status: 'failed', error: action.error }));
    case 'cancelled': {
      const ids = new Set(action.ids);
      return items.map((i) => (ids.has(i.id) && !isFinished(i.status) && i.status !== 'staged' ? { ...i, status: 'cancelled' } : i));
    }
    case 'clearFinished':
      return items.filter((i) => !isFinished(i.status));
  }
};

export interface QueueSummary {
  readonly staged: number;
  /** Files sent to import since the list was last cleared. */
  readonly total: number;
  readonly finished: number;
  readonly active: number;
  readonly imported: number;
  readonly versions: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly running: boolean;
}

export const summarise = (items: readonly QueueItem[]): QueueSummary => {
  const count = (...s: ItemStatus[]): number => items.filter((i) => s.includes(i.status)).length;
  const staged = count('staged');
  const finished = count(...FINISHED);
  const active = count('waiting', 'reading', 'importing');
  return {
    staged,
    total: items.length - staged,
    finished,
    active,
    imported: count('imported'),
    versions: count('version'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    running: active > 0,
  };
};
