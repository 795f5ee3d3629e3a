import type { EventName } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';

/** Messages between a host and the core worker thread. */
export type ToWorker = { type: 'call'; id: number; name: string; input: unknown } | { type: 'close' };

export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'closed' };
