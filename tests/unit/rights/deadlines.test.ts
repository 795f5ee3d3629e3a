import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth } from '../../../shared/dates';
import { checkExtension, compareQueue, dueOn, firstDueOn, isOverdue } from '../../../shared/rights/deadlines';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Any calendar day 1990-2100, with month ends over-represented (the edge cases of "one month"). */
const isoDay = fc
  .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), end: fc.boolean() })
  .map(({ y, m, d, end }) => {
    const last = daysInMonth(y, m);
    return `${y}-${pad(m)}-${pad(end ? last - (d % 3) : Math.min(d, last))}`;
  });
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

describe('rights deadlines (art. 12(3)): one month from receipt, up to two more', () => {
  it('the first due date is the same day next month, or that month\'s last day when it has no such day', () => {
    fc.assert(
      fc.property(isoDay, (r) => {
        const [y, m, d] = parts(r);
        const [dy, dm, dd] = parts(firstDueOn(r));
        const ny = m === 12 ? y + 1 : y;
        const nm = m === 12 ? 1 : m + 1;
        expect([dy, dm]).toEqual([ny, nm]);
        expect(dd).toBe(Math.min(d, daysInMonth(ny, nm)));
        const span = daysBetween(r, firstDueOn(r));
        expect(span).toBeGreaterThanOrEqual(28);
        expect(span).toBeLessThanOrEqual(31);
      }),
      { numRuns: 2000 },
    );
  });

  it('examples at month ends and leap years', () => {
    expect(firstDueOn('2026-01-31')).toBe('2026-02-28');
    expect(firstDueOn('2028-01-31')).toBe('2028-02-29');
    expect(firstDueOn('2026-03-31')).toBe('2026-04-30');
    expect(firstDueOn('2026-12-15')).toBe('2027-01-15');
    expect(dueOn('2026-01-31', 2)).toBe('2026-04-30');
    expect(dueOn('2025-11-30', 2)).toBe('2026-02-28');
  });

  it('an extension counts from receipt (no compounding of month-end clamping) and only ever postpones', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 2 }), (r, k) => {
        const due = dueOn(r, k);
        const [, , d] = parts(r);
        const [dy, dm, dd] = parts(due);
        expect(dd).toBe(Math.min(d, daysInMonth(dy, dm)));
        expect(due >= firstDueOn(r)).toBe(true);
        if (k > 0) expect(due > dueOn(r, k - 1)).toBe(true);
        // Never more than 3 months from receipt, whatever is asked.
        expect(dueOn(r, k + 5)).toBe(dueOn(r, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('extensions: never more than two months in total, only until the first due date, never when closed', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 4 }), fc.integer({ min: 0, max: 70 }), fc.boolean(), (r, already, months, after, open) => {
        const today = addDays(r, after);
        const c = checkExtension({ receivedOn: r, extensionMonths: already, open }, months, today);
        if (c.ok) {
          expect(open).toBe(true);
          expect(today <= firstDueOn(r)).toBe(true);
          expect(c.totalMonths).toBeLessThanOrEqual(2);
          expect(c.totalMonths).toBe(already + months);
        } else if (!open) expect(c.reason).toBe('closed');
        else if (months < 1) expect(c.reason).toBe('no-months');
        else if (today > firstDueOn(r)) expect(c.reason).toBe('too-late');
        else expect(c.reason).toBe('too-long');
      }),
      { numRuns: 3000 },
    );
  });

  it('overdue exactly when open and after the due day (the due day itself is in time)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -40, max: 40 }), fc.boolean(), (due, offset, open) => {
        const today = addDays(due, offset);
        expect(isOverdue(due, today, open)).toBe(open && offset > 0);
      }),
    );
  });

  it('the queue order puts the earliest due date first', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ r: isoDay, k: fc.integer({ min: 0, max: 2 }) }), { maxLength: 30 }), (items) => {
        const rows = items.map((x, i) => ({ id: i + 1, receivedOn: x.r, dueOn: dueOn(x.r, x.k) })).sort(compareQueue);
        for (let i = 1; i < rows.length; i++) expect((rows[i - 1]?.dueOn ?? '') <= (rows[i]?.dueOn ?? '')).toBe(true);
      }),
    );
  });
});
