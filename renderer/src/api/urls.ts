import type { CallName } from '../../../shared/contract';

/**
 * The bridge serves the page and the API from the same origin. `base` is the page's own URL; the
 * API lives at its root (`/api/...`), whatever path the page was opened at.
 */
export const callUrl = (base: string, name: CallName): string =>
  new URL(`/api/${encodeURIComponent(name)}`, base).toString();

export const eventsUrl = (base: string): string => new URL('/api/events', base).toString();

/** Delay before reconnect attempt `attempt` (0-based): 0.5 s doubling to 15 s, with ±20 % jitter. */
export const backoffDelay = (attempt: number, random: () => number = Math.random): number => {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * random()));
};
