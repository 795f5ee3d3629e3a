import type { z } from 'zod';
import type { ErrorCode } from '../errors';

/** One call between UI and core: its input, its output and the typed errors it may return. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly errors: readonly ErrorCode[];
  readonly summary: string;
  /** Transport limit for the serialised input when larger than the default (file uploads). */
  readonly maxInputBytes?: number;
}

export const call = <I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> =>
  spec;

/** Events the core pushes to the UI (progress of long jobs, auto-lock). */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly summary: string;
}

export const event = <P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> => spec;
