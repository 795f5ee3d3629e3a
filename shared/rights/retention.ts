import { z } from 'zod';
import { IsoDate } from '../candidates/source';
import { addDays, addMonths } from '../dates';

/** How long a candidate's data is kept, per situation. Stored in the vault's settings. */
export const RetentionPolicies = z.object({
  /** Candidate not placed: months after the last contact. */
  notPlacedMonths: z.number().int().min(1).max(120),
  /** Talent pool with consent: keep until the consent's expiry date (when it has one). */
  talentPoolUntilConsentExpiry: z.boolean(),
  /** Placed worker or employee: the legal period, in months after the placement date. */
  placedMonths: z.number().int().min(1).max(600),
  /** Days before the due date from which a candidate is listed as due. */
  noticeDays: z.number().int().min(0).max(365),
  /**
   * Erase overdue candidates when the vault is unlocked, without a consultant's action. Off unless
   * a firm switches it on: deleting on a date alone is a policy decision, not a default.
   */
  autoErase: z.boolean(),
});
export type RetentionPolicies = z.infer<typeof RetentionPolicies>;

export const RetentionPoliciesPatch = RetentionPolicies.partial().strict();
export type RetentionPoliciesPatch = z.infer<typeof RetentionPoliciesPatch>;

export const DEFAULT_RETENTION_POLICIES: RetentionPolicies = {
  notPlacedMonths: 24,
  talentPoolUntilConsentExpiry: true,
  placedMonths: 60,
  noticeDays: 30,
  autoErase: false,
};

export const RETENTION_SITUATIONS = ['not-placed', 'talent-pool', 'placed'] as const;
export const RetentionSituation = z.enum(RETENTION_SITUATIONS);
export type RetentionSituation = z.infer<typeof RetentionSituation>;

export interface RetentionFacts {
  lastContactOn: string;
  /** A usable talent-pool consent with an expiry date. */
  talentPoolExpiresOn?: string | undefined;
  placedOn?: string | undefined;
  /** The latest "keep until" a consultant recorded, with a reason. */
  extendedUntil?: string | undefined;
}

export const RetentionStatus = z.enum(['ok', 'due', 'overdue']);
export type RetentionStatus = z.infer<typeof RetentionStatus>;

export const RetentionDue = z.object({
  situation: RetentionSituation,
  /** The date the policy counts from (last contact, consent expiry or placement). */
  from: IsoDate,
  dueOn: IsoDate,
  extendedUntil: IsoDate.optional(),
  status: RetentionStatus,
});
export type RetentionDue = z.infer<typeof RetentionDue>;

/** The date from which keeping the data needs a consultant's decision, and the rule that set it. */
export const computeRetention = (facts: RetentionFacts, p: RetentionPolicies, today: string): RetentionDue => {
  let situation: RetentionSituation;
  let from: string;
  let due: string;
  if (facts.placedOn) {
    situation = 'placed';
    from = facts.placedOn;
    due = addMonths(facts.placedOn, p.placedMonths);
  } else if (p.talentPoolUntilConsentExpiry && facts.talentPoolExpiresOn) {
    situation = 'talent-pool';
    from = facts.talentPoolExpiresOn;
    due = facts.talentPoolExpiresOn;
  } else {
    situation = 'not-placed';
    from = facts.lastContactOn;
    due = addMonths(facts.lastContactOn, p.notPlacedMonths);
  }
  // An extension only ever postpones: an older, shorter one does not pull the date forward.
  if (facts.extendedUntil && facts.extendedUntil > due) due = facts.extendedUntil;
  const status: RetentionStatus = today > due ? 'overdue' : addDays(today, p.noticeDays) >= due ? 'due' : 'ok';
  return { situation, from, dueOn: due, ...(facts.extendedUntil ? { extendedUntil: facts.extendedUntil } : {}), status };
};

/** Why an overdue candidate was kept by automatic erasure: each needs a person to look at it. */
export const AUTO_ERASE_HOLDS = ['restricted', 'open-request', 'failed'] as const;
export const AutoEraseHold = z.enum(AUTO_ERASE_HOLDS);
export type AutoEraseHold = z.infer<typeof AutoEraseHold>;

/** The last automatic erasure run: reference codes only, never a name. */
export const AutoEraseRun = z.object({
  at: z.string(),
  erased: z.array(
    z.object({
      ref: z.string(),
      situation: RetentionSituation,
      dueOn: IsoDate,
      /** Art. 19: clients who had received the CV and should be told of the erasure. */
      tellClients: z.array(z.string()),
    }),
  ),
  kept: z.array(z.object({ ref: z.string(), candidateId: z.number().int(), hold: AutoEraseHold })),
});
export type AutoEraseRun = z.infer<typeof AutoEraseRun>;

export const AutoEraseState = z.object({ enabled: z.boolean(), lastRun: AutoEraseRun.nullable() });
export type AutoEraseState = z.infer<typeof AutoEraseState>;
