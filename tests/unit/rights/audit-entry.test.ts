import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callAudit, shouldRecord } from '../../../electron/core/audit/call-entry';
import { canonicalJson, entryHash, GENESIS_HASH, type AuditValue } from '../../../electron/core/audit/chain';

describe('audit entries', () => {
  it('canonical JSON ignores key order, so equal entries hash equally', () => {
    const a = { at: 'x', n: 1, nested: { b: [1, 2], a: null } } as Record<string, AuditValue>;
    const b = { nested: { a: null, b: [1, 2] }, n: 1, at: 'x' } as Record<string, AuditValue>;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    const e = { id: 1, at: '2026-01-01T00:00:00.000Z', actor: 'An', action: 'rights.add', subjectRef: 'CV-2026-0001', details: a };
    expect(entryHash(GENESIS_HASH, e)).toBe(entryHash(GENESIS_HASH, { ...e, details: b }));
    expect(entryHash(GENESIS_HASH, e)).not.toBe(entryHash(GENESIS_HASH, { ...e, action: 'rights.close' }));
    expect(entryHash(GENESIS_HASH, e)).not.toBe(entryHash('1'.repeat(64), e));
  });

  it('keep ids, references and enum words; never a typed value (names, notes, reasons, passphrases)', () => {
    const a = callAudit(
      'consent.withdraw',
      { candidateId: 4, purpose: 'marketing', method: 'email', note: 'Sofie Maes called from +32 470 12 34 56' },
      { candidateId: 4, history: [{ note: 'secret' }], marketing: { allowed: false } },
    );
    expect(a).toEqual({ action: 'consent.withdraw', candidateId: 4, subjectRef: undefined, details: { candidateId: 4, purpose: 'marketing', method: 'email', fields: ['candidateId', 'method', 'note', 'purpose'], result: { candidateId: 4 } } });
    const add = callAudit('rights.add', { candidateId: 2, type: 'access', receivedOn: '2026-01-02', channel: 'email' }, { id: 9, ref: 'RQ-2026-0009', candidateRef: 'CV-2026-0002' });
    expect(add.subjectRef).toBe('CV-2026-0002');
    expect(add.details.result).toEqual({ id: 9, ref: 'RQ-2026-0009', candidateRef: 'CV-2026-0002' });
    expect(JSON.stringify(callAudit('vault.unlock', { passphrase: 'amber-otter-climbs-7-hills' }, { state: 'unlocked' }))).not.toContain('amber');
    expect(shouldRecord('vault.status')).toBe(false);
    expect(shouldRecord('candidates.get')).toBe(true);
  });

  it('free text in any field never reaches the entry, even in enum-named fields', () => {
    const text = fc.string({ minLength: 4, maxLength: 40 }).filter((s) => !/^[a-z][a-z0-9-]{0,39}$/.test(s) && !/^(CV|RQ)-/.test(s));
    fc.assert(
      fc.property(text, fc.constantFrom('note', 'reason', 'outcome', 'name', 'status', 'type', 'method', 'ref', 'query', 'outDir'), (value, key) => {
        const entry = callAudit('any.call', { candidateId: 1, [key]: value }, { [key]: value });
        expect(JSON.stringify(entry.details)).not.toContain(JSON.stringify(value).slice(1, -1));
      }),
    );
  });
});
