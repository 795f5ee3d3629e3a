import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePurpose, isUsable } from '../../../shared/consent/derive';
import { BASES, EVENT_STATUSES, PURPOSES, type ConsentEvent } from '../../../shared/consent/types';

const event = (over: Partial<ConsentEvent> & Pick<ConsentEvent, 'id' | 'at'>): ConsentEvent => ({
  purpose: 'client-sharing',
  basis: 'consent',
  status: 'given',
  clientIds: [],
  consultant: 'An',
  byDefault: false,
  ...over,
});

const arbEvent = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  purpose: fc.constantFrom(...PURPOSES),
  basis: fc.constantFrom(...BASES),
  status: fc.constantFrom(...EVENT_STATUSES),
  clientIds: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
  expiresOn: fc.option(fc.constantFrom('2025-01-01', '2026-06-30', '2027-12-31'), { nil: undefined }),
  consultant: fc.constant('An'),
  at: fc.integer({ min: 0, max: 10_000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()),
  byDefault: fc.boolean(),
});

describe('consent status derived from the log', () => {
  it('no events: not asked, no basis, not usable', () => {
    const s = derivePurpose([], 'client-sharing', '2026-05-01');
    expect(s).toMatchObject({ status: 'not-asked', clientIds: [] });
    expect(s.basis).toBeUndefined();
    expect(isUsable(s)).toBe(false);
  });

  it('the latest event wins, whatever order the log is read in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbEvent, { minLength: 1, maxLength: 20, selector: (e) => e.id }), fc.constantFrom(...PURPOSES), (events, purpose) => {
        const forward = derivePurpose(events, purpose, '2026-05-01');
        const reversed = derivePurpose([...events].reverse(), purpose, '2026-05-01');
        expect(reversed).toEqual(forward);
        const mine = events.filter((e) => e.purpose === purpose);
        const last = [...mine].sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1)).at(-1);
        if (!last) expect(forward.status).toBe('not-asked');
        else expect(forward.basis).toBe(last.basis);
      }),
    );
  });

  it('a withdrawal after any history makes the purpose unusable, and only a new "given" restores it', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 10 }), (history) => {
        const ats = history.map((e) => e.at).sort();
        const after = new Date(Date.parse(ats.at(-1) ?? '2026-01-01T00:00:00Z') + 60_000).toISOString();
        const withdrawn = [...history, event({ id: 2_000_000, at: after, status: 'withdrawn' })];
        expect(isUsable(derivePurpose(withdrawn, 'client-sharing', '2026-05-01'))).toBe(false);
        const later = new Date(Date.parse(after) + 60_000).toISOString();
        const regiven = [...withdrawn, event({ id: 2_000_001, at: later, status: 'given' })];
        expect(isUsable(derivePurpose(regiven, 'client-sharing', '2026-05-01'))).toBe(true);
      }),
    );
  });

  it('given consent past its expiry date reads as expired; on the expiry day it still holds', () => {
    const e = [event({ id: 1, at: '2026-01-01T10:00:00Z', expiresOn: '2026-06-30' })];
    expect(derivePurpose(e, 'client-sharing', '2026-06-30').status).toBe('given');
    expect(derivePurpose(e, 'client-sharing', '2026-07-01').status).toBe('expired');
  });

  it('legitimate interest is usable without asking; a refusal ends it', () => {
    const li = [event({ id: 1, at: '2026-01-01T10:00:00Z', basis: 'legitimate-interest', status: 'not-asked', byDefault: true })];
    expect(isUsable(derivePurpose(li, 'client-sharing', '2026-02-01'))).toBe(true);
    const refused = [...li, event({ id: 2, at: '2026-01-02T10:00:00Z', basis: 'legitimate-interest', status: 'refused' })];
    expect(isUsable(derivePurpose(refused, 'client-sharing', '2026-02-01'))).toBe(false);
    const requested = [event({ id: 1, at: '2026-01-01T10:00:00Z', status: 'requested' })];
    expect(isUsable(derivePurpose(requested, 'client-sharing', '2026-02-01'))).toBe(false);
  });
});
