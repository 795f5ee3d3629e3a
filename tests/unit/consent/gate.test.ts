import { describe, expect, it } from 'vitest';
import { decideSharing, type GateInput } from '../../../shared/consent/gate';
import { decideMarketing } from '../../../shared/consent/marketing';
import type { PurposeState } from '../../../shared/consent/types';

const given: PurposeState = { purpose: 'client-sharing', basis: 'consent', status: 'given', clientIds: [], byDefault: false };
const ok: GateInput = {
  clientSharing: given,
  notice: { required: false, status: 'not-required' },
  restricted: false,
  objected: false,
  client: { id: 1, name: 'Proximus', country: 'BE' },
};
const codes = (i: GateInput) => decideSharing(i).reasons.map((r) => r.code);

describe('the sharing gate', () => {
  it('allows given consent to an EEA client', () => {
    expect(decideSharing(ok)).toEqual({ allowed: true, reasons: [] });
  });

  it.each([
    ['NO_BASIS', { clientSharing: { purpose: 'client-sharing', status: 'not-asked', clientIds: [], byDefault: false } }],
    ['CONSENT_PENDING', { clientSharing: { ...given, status: 'requested' } }],
    ['CONSENT_REFUSED', { clientSharing: { ...given, status: 'refused' } }],
    ['CONSENT_WITHDRAWN', { clientSharing: { ...given, status: 'withdrawn' } }],
    ['CONSENT_EXPIRED', { clientSharing: { ...given, status: 'expired', expiresOn: '2026-01-31' } }],
    ['CONSENT_SCOPE', { clientSharing: { ...given, clientIds: [2, 3] } }],
    ['NOTICE_OUTSTANDING', { notice: { required: true, status: 'due', obtainedOn: '2026-01-01', dueOn: '2026-02-01' } }],
    ['PROCESSING_RESTRICTED', { restricted: true }],
    ['OBJECTION_RECORDED', { objected: true }],
    ['TRANSFER_SAFEGUARD_MISSING', { client: { id: 1, name: 'Acme Inc', country: 'US' } }],
  ] as const)('blocks with %s, in words a consultant understands', (code, patch) => {
    const d = decideSharing({ ...ok, ...(patch as Partial<GateInput>) });
    expect(d.allowed).toBe(false);
    expect(d.reasons.map((r) => r.code)).toEqual([code]);
    expect(d.reasons[0]?.message.length).toBeGreaterThan(20);
  });

  it('a recorded safeguard lets a non-EEA client through; scoped consent covers its own clients', () => {
    expect(codes({ ...ok, client: { id: 1, name: 'Acme Inc', country: 'US', transferSafeguard: 'SCCs 2021/914' } })).toEqual([]);
    expect(codes({ ...ok, clientSharing: { ...given, clientIds: [1] } })).toEqual([]);
  });

  it('lists every reason at once', () => {
    expect(codes({ ...ok, restricted: true, objected: true, clientSharing: { ...given, status: 'withdrawn' } })).toEqual([
      'PROCESSING_RESTRICTED',
      'OBJECTION_RECORDED',
      'CONSENT_WITHDRAWN',
    ]);
  });

  it('legitimate interest (a CV the candidate sent) may be shared while consent is pending', () => {
    expect(codes({ ...ok, clientSharing: { ...given, basis: 'legitimate-interest', status: 'not-asked', byDefault: true } })).toEqual([]);
  });
});

describe('marketing', () => {
  const m: PurposeState = { purpose: 'marketing', basis: 'legitimate-interest', status: 'not-asked', clientIds: [], byDefault: true };
  const flags = { suppressed: false, restricted: false, objected: false };
  it('soft opt-in until the candidate opts out; explicit opt-in otherwise', () => {
    expect(decideMarketing(m, flags)).toMatchObject({ allowed: true, mode: 'soft-opt-in' });
    expect(decideMarketing({ ...m, basis: 'consent', status: 'given' }, flags)).toMatchObject({ allowed: true, mode: 'opted-in' });
    expect(decideMarketing({ purpose: 'marketing', status: 'not-asked', clientIds: [], byDefault: false }, flags)).toMatchObject({ allowed: false, mode: 'needs-opt-in' });
    expect(decideMarketing({ ...m, status: 'withdrawn' }, flags)).toMatchObject({ allowed: false, mode: 'opted-out' });
  });
  it('a suppressed address is never mailed, whatever the log says', () => {
    expect(decideMarketing({ ...m, basis: 'consent', status: 'given' }, { ...flags, suppressed: true })).toMatchObject({ allowed: false, mode: 'opted-out', suppressed: true });
  });
});
