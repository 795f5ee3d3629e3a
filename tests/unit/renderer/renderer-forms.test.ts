import { describe, expect, it } from 'vitest';
import { toListInput, EMPTY_FILTERS, isFiltered, PAGE_SIZE } from '../../../renderer/src/pages/candidates/filters';
import { checkClient, toAddInput, toUpdateInput } from '../../../renderer/src/pages/clients/client-form-model';
import { toRecordInput, validateDraft, type ConsentDraft } from '../../../renderer/src/pages/consent/consent-form-model';
import { parseRetentionMonths } from '../../../renderer/src/pages/settings/retention';

describe('candidate list filters', () => {
  it('sends nothing but paging when no filter is set', () => {
    expect(toListInput(EMPTY_FILTERS, 0)).toEqual({ limit: PAGE_SIZE, offset: 0 });
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
  });

  it('turns the form into the contract filter', () => {
    expect(toListInput({ query: '  CV-2026-0001 ', consent: 'withdrawn', shareable: 'no', noticeDue: true }, 50)).toEqual({
      query: 'CV-2026-0001',
      filter: { consent: 'withdrawn', shareable: false, noticeDue: true },
      limit: PAGE_SIZE,
      offset: 50,
    });
  });

  it('ignores a consent value the contract does not know', () => {
    expect(toListInput({ ...EMPTY_FILTERS, consent: 'maybe' }, 0)).toEqual({ limit: PAGE_SIZE, offset: 0 });
  });
});

describe('consent form', () => {
  const draft: ConsentDraft = { basis: 'consent', status: 'given', method: 'email', note: '  Replied yes  ', clientIds: [3], expiresOn: '2027-01-31' };

  it('refuses an expiry in the past for a given consent only', () => {
    expect(validateDraft({ ...draft, expiresOn: '2020-01-01' }, '2026-11-23')).toEqual({ expiresOn: 'past' });
    expect(validateDraft({ ...draft, expiresOn: '2026-11-23' }, '2026-11-23')).toEqual({});
    expect(validateDraft({ ...draft, status: 'refused', expiresOn: '2020-01-01' }, '2026-11-23')).toEqual({});
  });

  it('sends scope and expiry with a given consent to present to clients', () => {
    expect(toRecordInput(4, 'client-sharing', draft)).toEqual({
      candidateId: 4,
      purpose: 'client-sharing',
      basis: 'consent',
      status: 'given',
      method: 'email',
      note: 'Replied yes',
      clientIds: [3],
      expiresOn: '2027-01-31',
    });
  });

  it('drops scope for other purposes and scope and expiry for anything but given', () => {
    expect(toRecordInput(4, 'marketing', draft)).not.toHaveProperty('clientIds');
    const refused = toRecordInput(4, 'client-sharing', { ...draft, status: 'refused', method: '', note: ' ' });
    expect(refused).toEqual({ candidateId: 4, purpose: 'client-sharing', basis: 'consent', status: 'refused' });
  });
});

describe('client form', () => {
  it('normalises the country and flags a client outside the EEA without a safeguard', () => {
    expect(checkClient({ name: 'Globex', country: 'us', contactPerson: '', transferSafeguard: '' })).toEqual({
      nameMissing: false,
      countryInvalid: false,
      outsideEea: true,
      safeguardMissing: true,
      ok: true,
    });
    expect(checkClient({ name: 'Globex', country: 'US', contactPerson: '', transferSafeguard: 'SCCs 2025' }).safeguardMissing).toBe(false);
    expect(checkClient({ name: 'Acme', country: ' no ', contactPerson: '', transferSafeguard: '' }).outsideEea).toBe(false);
  });

  it('needs a name and a two-letter country', () => {
    const c = checkClient({ name: ' ', country: 'BEL', contactPerson: '', transferSafeguard: '' });
    expect([c.nameMissing, c.countryInvalid, c.outsideEea, c.ok]).toEqual([true, true, false, false]);
  });

  it('leaves empty optional fields out when adding, but sends them when editing so they can be cleared', () => {
    const d = { name: ' Acme ', country: 'be', contactPerson: ' ', transferSafeguard: '' };
    expect(toAddInput(d)).toEqual({ name: 'Acme', country: 'BE' });
    expect(toUpdateInput(5, d)).toEqual({ id: 5, country: 'BE', contactPerson: '', transferSafeguard: '' });
  });
});

describe('retention months', () => {
  it('accepts whole months from 1 to 120 only', () => {
    expect(parseRetentionMonths('24')).toBe(24);
    expect(parseRetentionMonths(' 120 ')).toBe(120);
    for (const bad of ['0', '121', '', '1.5', '-3', 'two', '1e2']) expect(parseRetentionMonths(bad), bad).toBeUndefined();
  });
});
