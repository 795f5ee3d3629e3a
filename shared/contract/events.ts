import { z } from 'zod';
import { event } from './define';

export const events = {
  'vault.locked': event({
    summary: 'The vault was locked (by the user, or after being idle).',
    payload: z.object({ reason: z.enum(['user', 'idle']) }),
  }),
  'job.progress': event({
    summary: 'Progress of a long job (import, export, bundle).',
    payload: z.object({
      jobId: z.string(),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      item: z.string().optional(),
      status: z.enum(['running', 'done', 'cancelled', 'failed']),
    }),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]['payload']>;
