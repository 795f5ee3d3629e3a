import { events, type EventName, type EventPayload } from '../../../shared/contract';

/** One event pushed by the core, checked against the contract. */
export type CoreEvent = { [E in EventName]: { readonly name: E; readonly payload: EventPayload<E> } }[EventName];

export type CoreEventListener = (event: CoreEvent) => void;

/** Validates a name and payload from the preload or the bridge; anything unknown is dropped. */
export const toCoreEvent = (name: unknown, payload: unknown): CoreEvent | undefined => {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(events, name)) return undefined;
  const eventName = name as EventName;
  const parsed = events[eventName].payload.safeParse(payload);
  return parsed.success ? ({ name: eventName, payload: parsed.data } as CoreEvent) : undefined;
};

/** Parses one SSE `data:` value of the bridge: `{"name":"vault.locked","payload":{...}}`. */
export const parseEventData = (data: string): CoreEvent | undefined => {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof message !== 'object' || message === null) return undefined;
  const record = message as Record<string, unknown>;
  return toCoreEvent(record['name'], record['payload']);
};

/**
 * Incremental text/event-stream parser: feed it decoded chunks as they arrive, get back the data
 * of each completed event. Comments (`: ping`) and fields other than `data` are ignored.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];

  feed(chunk: string): string[] {
    this.buffer += chunk;
    const done: string[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) break;
      // A lone '\r' at the end may be the first half of '\r\n': wait for more.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      if (line === '') {
        if (this.data.length > 0) done.push(this.data.join('\n'));
        this.data = [];
      } else if (line.startsWith('data:')) {
        this.data.push(line.slice(5).replace(/^ /, ''));
      } else if (line === 'data') {
        this.data.push('');
      }
    }
    return done;
  }
}
