import { z } from 'zod';
import type { PurposeState } from './types';
import { isUsable } from './derive';

export const MarketingState = z.object({
  allowed: z.boolean(),
  /** opted-in: explicit consent; soft-opt-in: engaged with us, until they opt out. */
  mode: z.enum(['opted-in', 'soft-opt-in', 'opted-out', 'needs-opt-in', 'blocked']),
  suppressed: z.boolean(),
});
export type MarketingState = z.infer<typeof MarketingState>;

/**
 * Project and event mails. An opt-out (refused or withdrawn) wins for good, also through the
 * suppression list that outlives the candidate's record.
 */
export const decideMarketing = (s: PurposeState, opts: { suppressed: boolean; restricted: boolean; objected: boolean }): MarketingState => {
  if (opts.suppressed || s.status === 'refused' || s.status === 'withdrawn')
    return { allowed: false, mode: 'opted-out', suppressed: opts.suppressed };
  if (opts.restricted || opts.objected) return { allowed: false, mode: 'blocked', suppressed: false };
  if (!isUsable(s)) return { allowed: false, mode: 'needs-opt-in', suppressed: false };
  return { allowed: true, mode: s.basis === 'consent' ? 'opted-in' : 'soft-opt-in', suppressed: false };
};
