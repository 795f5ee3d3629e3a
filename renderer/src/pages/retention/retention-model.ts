import { RetentionPolicies, type RetentionStatus } from '../../../../shared/rights/retention';
import type { Tone } from '../../ui/tones';

export const retentionTone = (status: RetentionStatus): Tone => (status === 'overdue' ? 'danger' : status === 'due' ? 'warning' : 'success');

export type ExtendProblem = 'until' | 'untilNotLater' | 'reason';

/** A "keep until" must be a date after the current review date, with a reason of a few words. */
export const checkRetentionExtension = (d: { until: string; reason: string }, dueOn: string): ExtendProblem[] => {
  const problems: ExtendProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.until)) problems.push('until');
  else if (d.until <= dueOn) problems.push('untilNotLater');
  if (d.reason.trim().length < 3) problems.push('reason');
  return problems;
};

export interface PolicyDraft {
  readonly notPlacedMonths: string;
  readonly placedMonths: string;
  readonly noticeDays: string;
  readonly talentPoolUntilConsentExpiry: boolean;
  readonly autoErase: boolean;
}

export const toPolicyDraft = (p: RetentionPolicies): PolicyDraft => ({
  notPlacedMonths: String(p.notPlacedMonths),
  placedMonths: String(p.placedMonths),
  noticeDays: String(p.noticeDays),
  talentPoolUntilConsentExpiry: p.talentPoolUntilConsentExpiry,
  autoErase: p.autoErase,
});

const whole = (s: string): number | undefined => (/^\s*\d{1,3}\s*$/.test(s) ? Number(s) : undefined);

/** The policies the form describes, or the names of the fields outside the schema's limits. */
export const fromPolicyDraft = (d: PolicyDraft): { ok: true; value: RetentionPolicies } | { ok: false; fields: (keyof PolicyDraft)[] } => {
  const candidate = {
    notPlacedMonths: whole(d.notPlacedMonths),
    placedMonths: whole(d.placedMonths),
    noticeDays: whole(d.noticeDays),
    talentPoolUntilConsentExpiry: d.talentPoolUntilConsentExpiry,
    autoErase: d.autoErase,
  };
  const parsed = RetentionPolicies.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].filter((f): f is keyof PolicyDraft => f in d);
  return { ok: false, fields };
};
