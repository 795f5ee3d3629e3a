import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../../shared/candidates/source';
import { defaultBases, obtainedFromCandidate } from '../../../shared/consent/defaults';
import { computeNotice } from '../../../shared/consent/notice';
import { addDays, addMonths, daysBetween, daysInMonth } from '../../../shared/dates';

describe('calendar months', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s + %i month = %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
  });

  it('adding a month lands in the next month, never past its end, never before the start', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 }), (d, n) => {
        const r = addMonths(d, n);
        const [y, m] = r.split('-').map(Number) as [number, number];
        expect(Number(r.slice(8))).toBeLessThanOrEqual(daysInMonth(y, m));
        expect(daysBetween(d, r)).toBeGreaterThanOrEqual(28 * n - 3);
        expect(daysBetween(d, r)).toBeLessThanOrEqual(31 * n);
      }),
    );
  });
});

describe('art. 14 notice', () => {
  it('is not required for a CV the candidate sent', () => {
    expect(computeNotice({ sourceKind: 'website-form', obtainedOn: '2026-01-10' }, '2026-03-01').status).toBe('not-required');
  });

  it('is due one month after obtaining a sourced CV, or at the first contact if sooner', () => {
    expect(computeNotice({ sourceKind: 'cv-library', obtainedOn: '2026-01-31' }, '2026-02-10')).toMatchObject({ status: 'due', dueOn: '2026-02-28' });
    expect(computeNotice({ sourceKind: 'social-media', obtainedOn: '2026-01-31' }, '2026-03-01').status).toBe('overdue');
    expect(computeNotice({ sourceKind: 'referral', obtainedOn: '2026-01-10', firstContactOn: '2026-01-20' }, '2026-01-15')).toMatchObject({ dueOn: '2026-01-20' });
    expect(computeNotice({ sourceKind: 'business-card', obtainedOn: '2026-01-10', informedOn: '2026-01-12' }, '2026-06-01').status).toBe('done');
  });
});

describe('defaults from the source', () => {
  it('a CV the candidate sent: client sharing and talent pool on legitimate interest', () => {
    for (const k of ['job-website', 'website-form', 'own-initiative'] as const) {
      expect(defaultBases(k).filter((d) => d.purpose !== 'marketing')).toEqual([
        { purpose: 'client-sharing', basis: 'legitimate-interest', status: 'not-asked' },
        { purpose: 'talent-pool', basis: 'legitimate-interest', status: 'not-asked' },
      ]);
      expect(obtainedFromCandidate(k)).toBe(true);
    }
  });
  it('a sourced CV: nothing for client sharing, and an art. 14 notice is owed', () => {
    for (const k of ['cv-library', 'social-media', 'referral', 'business-card', 'corporate-website', 'other'] as const) {
      expect(defaultBases(k).some((d) => d.purpose === 'client-sharing')).toBe(false);
      expect(obtainedFromCandidate(k)).toBe(false);
    }
  });
  it('soft opt-in for marketing only for candidates who engaged or published their CV for recruiters', () => {
    const soft = SOURCE_KINDS.filter((k) => defaultBases(k).some((d) => d.purpose === 'marketing'));
    expect(soft.sort()).toEqual(['cv-library', 'job-website', 'own-initiative', 'subcontractor', 'website-form']);
  });
});
