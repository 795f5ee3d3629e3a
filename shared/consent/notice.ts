import { z } from 'zod';
import type { SourceKind } from '../candidates/source';
import { addMonths, minDate } from '../dates';
import { obtainedFromCandidate } from './defaults';

export const NoticeStatus = z.enum(['not-required', 'done', 'due', 'overdue']);
export type NoticeStatus = z.infer<typeof NoticeStatus>;

export const NoticeState = z.object({
  required: z.boolean(),
  status: NoticeStatus,
  obtainedOn: z.string().optional(),
  informedOn: z.string().optional(),
  firstContactOn: z.string().optional(),
  /** The latest day to inform the candidate; sharing is blocked until they are informed anyway. */
  dueOn: z.string().optional(),
});
export type NoticeState = z.infer<typeof NoticeState>;

/**
 * GDPR art. 14(3): a candidate whose data did not come from them must be informed within one
 * month of obtaining it, at the first contact if sooner, and in any case before the first
 * disclosure to a client (the sharing gate enforces that last one).
 */
export const computeNotice = (
  input: { sourceKind: SourceKind; obtainedOn: string; informedOn?: string | undefined; firstContactOn?: string | undefined },
  today: string,
): NoticeState => {
  const base = {
    obtainedOn: input.obtainedOn,
    ...(input.informedOn ? { informedOn: input.informedOn } : {}),
    ...(input.firstContactOn ? { firstContactOn: input.firstContactOn } : {}),
  };
  if (obtainedFromCandidate(input.sourceKind)) return { ...base, required: false, status: 'not-required' };
  if (input.informedOn) return { ...base, required: true, status: 'done' };
  const dueOn = minDate(addMonths(input.obtainedOn, 1), input.firstContactOn) ?? addMonths(input.obtainedOn, 1);
  return { ...base, required: true, status: today > dueOn ? 'overdue' : 'due', dueOn };
};
