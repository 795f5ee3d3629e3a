import { addMonths, daysBetween } from '../dates';

/** GDPR art. 12(3): one month from receipt, extendable by at most two further months. */
export const BASE_MONTHS = 1;
export const MAX_EXTENSION_MONTHS = 2;

export const firstDueOn = (receivedOn: string): string => addMonths(receivedOn, BASE_MONTHS);

/**
 * The deadline counts from the receipt date, not from the previous deadline, so an extension never
 * compounds month-end clamping (31 Jan + 1 = 28 Feb, but 31 Jan + 3 = 30 Apr, not 28 Apr).
 */
export const dueOn = (receivedOn: string, extensionMonths: number): string =>
  addMonths(receivedOn, BASE_MONTHS + Math.max(0, Math.min(MAX_EXTENSION_MONTHS, extensionMonths)));

export type ExtensionCheck = { ok: true; totalMonths: number } | { ok: false; reason: 'closed' | 'too-late' | 'too-long' | 'no-months' };

/**
 * An extension must be notified within the first month (art. 12(3)), so it can be recorded up to
 * and including the first due date, and never beyond two months in total.
 */
export const checkExtension = (r: { receivedOn: string; extensionMonths: number; open: boolean }, months: number, today: string): ExtensionCheck => {
  if (!r.open) return { ok: false, reason: 'closed' };
  if (months < 1) return { ok: false, reason: 'no-months' };
  if (today > firstDueOn(r.receivedOn)) return { ok: false, reason: 'too-late' };
  const total = r.extensionMonths + months;
  if (total > MAX_EXTENSION_MONTHS) return { ok: false, reason: 'too-long' };
  return { ok: true, totalMonths: total };
};

/** Open and past its due date: the due day itself is still in time. */
export const isOverdue = (due: string, today: string, open: boolean): boolean => open && today > due;

export const daysLeft = (due: string, today: string): number => daysBetween(today, due);

/** The queue order: earliest deadline first, then oldest receipt, then id for a stable order. */
export const compareQueue = (
  a: { dueOn: string; receivedOn: string; id: number },
  b: { dueOn: string; receivedOn: string; id: number },
): number => a.dueOn.localeCompare(b.dueOn) || a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id;
