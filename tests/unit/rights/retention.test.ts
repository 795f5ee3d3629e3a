import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/dates';
import { DEFAULT_RETENTION_POLICIES, computeRetention } from '../../../shared/rights/retention';

const P = DEFAULT_RETENTION_POLICIES;
const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1995-01-01', n));

describe('retention due dates', () => {
  it('not placed: months after the last contact; due within the notice window, overdue after', () => {
    const r = computeRetention({ lastContactOn: '2024-01-31' }, P, '2025-01-01');
    expect(r).toEqual({ situation: 'not-placed', from: '2024-01-31', dueOn: '2026-01-31', status: 'ok' });
    expect(computeRetention({ lastContactOn: '2024-01-31' }, P, '2026-01-01').status).toBe('due');
    expect(computeRetention({ lastContactOn: '2024-01-31' }, P, '2026-01-31').status).toBe('due');
    expect(computeRetention({ lastContactOn: '2024-01-31' }, P, '2026-02-01').status).toBe('overdue');
  });

  it('talent pool with consent: until its expiry; placed: the legal period from placement', () => {
    expect(computeRetention({ lastContactOn: '2024-01-01', talentPoolExpiresOn: '2027-06-30' }, P, '2025-01-01')).toMatchObject({ situation: 'talent-pool', dueOn: '2027-06-30' });
    expect(computeRetention({ lastContactOn: '2024-01-01', talentPoolExpiresOn: '2027-06-30' }, { ...P, talentPoolUntilConsentExpiry: false }, '2025-01-01')).toMatchObject({ situation: 'not-placed', dueOn: '2026-01-01' });
    expect(computeRetention({ lastContactOn: '2024-01-01', talentPoolExpiresOn: '2027-06-30', placedOn: '2024-03-01' }, P, '2025-01-01')).toMatchObject({ situation: 'placed', dueOn: '2029-03-01' });
  });

  it('an extension only postpones, and the status agrees with the dates', () => {
    fc.assert(
      fc.property(day, fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), day, (last, pool, ext, today) => {
        const base = computeRetention({ lastContactOn: last, talentPoolExpiresOn: pool }, P, today);
        const r = computeRetention({ lastContactOn: last, talentPoolExpiresOn: pool, extendedUntil: ext }, P, today);
        expect(r.dueOn >= base.dueOn).toBe(true);
        if (ext) expect(r.dueOn >= ext).toBe(true);
        if (!pool) expect(base.dueOn).toBe(addMonths(last, P.notPlacedMonths));
        expect(r.status === 'overdue').toBe(today > r.dueOn);
        expect(r.status === 'ok').toBe(addDays(today, P.noticeDays) < r.dueOn);
      }),
      { numRuns: 1500 },
    );
  });
});
