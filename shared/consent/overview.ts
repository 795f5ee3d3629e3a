import { z } from 'zod';
import { ConsentEvent, PurposeState } from './types';
import { MarketingState } from './marketing';
import { NoticeState } from './notice';

export const ConsentOverview = z.object({
  candidateId: z.number().int().positive(),
  purposes: z.array(PurposeState),
  history: z.array(ConsentEvent),
  notice: NoticeState,
  marketing: MarketingState,
  restricted: z.boolean(),
  objected: z.boolean(),
});
export type ConsentOverview = z.infer<typeof ConsentOverview>;
