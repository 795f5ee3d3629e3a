import type { ConnectionStore } from './connection';
import { parseEventData, SseParser, type CoreEvent } from './sse';
import { bridgeHeaders } from './token';
import { backoffDelay, eventsUrl } from './urls';

export interface EventStreamOptions {
  readonly base: string;
  readonly getToken: () => string | undefined;
  readonly connection: ConnectionStore;
  readonly onEvent: (event: CoreEvent) => void;
  /** Called each time the stream is (re)established after the first time. */
  readonly onReconnect: () => void;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Reads one connection to the end; returns its HTTP status (0 when it could not connect). */
const readStream = async (options: EventStreamOptions, signal: AbortSignal, onOpen: () => void): Promise<number> => {
  const response = await fetch(eventsUrl(options.base), {
    headers: { ...bridgeHeaders(options.getToken(), false), Accept: 'text/event-stream' },
    cache: 'no-store',
    credentials: 'omit',
    signal,
  });
  if (!response.ok || !response.body) return response.status;
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return response.status;
    for (const data of parser.feed(value)) {
      const event = parseEventData(data);
      if (event) options.onEvent(event);
    }
  }
};

/**
 * GET /api/events with fetch (EventSource cannot send the Authorization header), reconnecting
 * with backoff until stopped. A 401 stops it: the page shows the "open the link" screen.
 */
export const startEventStream = (options: EventStreamOptions): (() => void) => {
  const controller = new AbortController();
  const { signal } = controller;
  const run = async (): Promise<void> => {
    let attempt = 0;
    let opened = false;
    while (!signal.aborted) {
      let status: number;
      try {
        status = await readStream(options, signal, () => {
          attempt = 0;
          options.connection.set('ok');
          if (opened) options.onReconnect();
          opened = true;
        });
      } catch {
        status = 0;
      }
      if (signal.aborted) return;
      if (status === 401) {
        options.connection.set('unauthorized');
        return;
      }
      await sleep(backoffDelay(attempt), signal);
      attempt += 1;
    }
  };
  void run();
  return () => controller.abort();
};
