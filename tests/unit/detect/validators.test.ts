import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIban, ibanCheckDigits, isValidBelgianAccount, isValidIban } from '../../../shared/detect/validators/iban';
import { belgianNationalNumberCentury, isValidBsn, isValidNir } from '../../../shared/detect/validators/national-id';
import { isValidSteuerId, steuerIdCheckDigit } from '../../../shared/detect/validators/steuer-id';

// Reference computations with BigInt, independent of the mod-97 digit loop under test.
const mod97Big = (digits: string) => Number(BigInt(digits) % 97n);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const digitString = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const mutateOne = (s: string, at: number, delta: number) => {
  const i = at % s.length;
  const d = (Number(s.charAt(i)) + delta) % 10;
  return `${s.slice(0, i)}${d}${s.slice(i + 1)}`;
};

const birth = fc.record({ yy: fc.integer({ min: 0, max: 99 }), mm: fc.integer({ min: 1, max: 12 }), dd: fc.integer({ min: 1, max: 28 }), seq: fc.integer({ min: 1, max: 997 }) });

describe('Belgian national register number', () => {
  it('accepts every number built with the pre-2000 or the 2000+ check, and tells the century', () => {
    fc.assert(
      fc.property(birth, fc.boolean(), ({ yy, mm, dd, seq }, after2000) => {
        const body = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${pad(seq, 3)}`;
        const check = 97 - mod97Big(after2000 ? `2${body}` : body);
        const nn = `${body}${pad(check, 2)}`;
        const century = belgianNationalNumberCentury(nn);
        expect(century === 2000 || century === 1900).toBe(true);
        // Both checks may coincide by chance; otherwise the century must be the one used.
        if (97 - mod97Big(`2${body}`) !== 97 - mod97Big(body)) expect(century).toBe(after2000 ? 2000 : 1900);
        expect(belgianNationalNumberCentury(`${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(check, 2)}`)).toBe(century);
      }),
    );
  });
  it('rejects any single changed digit in the body under the same century rule', () => {
    fc.assert(
      fc.property(birth, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), ({ yy, mm, dd, seq }, at, delta) => {
        const body = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${pad(seq, 3)}`;
        const check = pad(97 - mod97Big(body), 2);
        const bad = mutateOne(body, at, delta);
        // The mutated body can still pass the other century's check by chance, never the same one.
        expect(97 - mod97Big(bad) === Number(check)).toBe(false);
        if (belgianNationalNumberCentury(`${bad}${check}`) !== undefined) expect(belgianNationalNumberCentury(`${bad}${check}`)).toBe(2000);
      }),
    );
  });
  it('rejects wrong lengths and impossible months', () => {
    expect(belgianNationalNumberCentury('8703141234')).toBeUndefined();
    expect(belgianNationalNumberCentury('87131412345')).toBeUndefined();
  });
});

describe('Dutch BSN (11-proof)', () => {
  const withCheck = (eight: string): string | undefined => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(eight.charAt(i));
    const last = sum % 11;
    return last <= 9 ? `${eight}${last}` : undefined;
  };
  it('accepts numbers built to be 11-proof and rejects a changed digit', () => {
    fc.assert(
      fc.property(digitString(8), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (eight, at, delta) => {
        const bsn = withCheck(eight);
        fc.pre(bsn !== undefined && !/^0+$/.test(bsn));
        expect(isValidBsn(bsn)).toBe(true);
        expect(isValidBsn(mutateOne(bsn, at, delta))).toBe(false);
      }),
    );
  });
});

describe('French NIR', () => {
  it('accepts a NIR with its key (incl. Corsica 2A/2B) and rejects a wrong key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('75', '59', '2A', '2B', '13'),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
        (sex, yy, mm, dept, commune, order) => {
          const body = `${sex}${pad(yy, 2)}${pad(mm, 2)}${dept}${pad(commune, 3)}${pad(order, 3)}`;
          const key = 97 - mod97Big(body.replace('2A', '19').replace('2B', '18'));
          expect(isValidNir(`${body}${pad(key, 2)}`)).toBe(true);
          expect(isValidNir(`${body}${pad((key % 97) + 1, 2)}`)).toBe(false);
        },
      ),
    );
  });
});

describe('German Steuer-ID', () => {
  it('accepts ids with exactly one repeated digit and the MOD 11,10 check; rejects a changed check digit', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 8 }), (nine, dupAt) => {
        fc.pre(nine[0] !== 0);
        const first10 = [...nine, nine[dupAt] as number].join('');
        fc.pre(!/(\d)\1\1/.test(first10));
        const check = steuerIdCheckDigit(first10);
        expect(isValidSteuerId(`${first10}${check}`)).toBe(true);
        expect(isValidSteuerId(`${first10}${(check + 1) % 10}`)).toBe(false);
      }),
    );
  });
  it('rejects all-distinct digits and a leading zero', () => {
    const first10 = '1234567890';
    expect(isValidSteuerId(`${first10}${steuerIdCheckDigit(first10)}`)).toBe(false);
    expect(isValidSteuerId('01234567891')).toBe(false);
  });
});

describe('IBAN', () => {
  const countries = fc.constantFrom(['BE', 12], ['NL', 14], ['FR', 23], ['DE', 18], ['LU', 16], ['GB', 18]);
  const bban = (len: number) => digitString(len);
  it('accepts every IBAN built with its check digits, in any grouping and case', () => {
    fc.assert(
      fc.property(countries.chain(([c, len]) => bban(len as number).map((b) => [c as string, b] as const)), ([country, b]) => {
        const iban = `${country}${ibanCheckDigits(country, b)}${b}`;
        expect(isValidIban(iban)).toBe(true);
        expect(isValidIban(iban.replace(/(.{4})/g, '$1 ').toLowerCase())).toBe(true);
      }),
    );
  });
  it('detects every single-digit substitution', () => {
    fc.assert(
      fc.property(countries.chain(([c, len]) => bban(len as number).map((b) => [c as string, b] as const)), fc.nat(), fc.integer({ min: 1, max: 9 }), ([country, b], at, delta) => {
        const iban = `${country}${ibanCheckDigits(country, b)}${b}`;
        expect(checkIban(`${iban.slice(0, 4)}${mutateOne(iban.slice(4), at, delta)}`)).toBe('bad-checksum');
      }),
    );
  });
  it('rejects wrong lengths for known countries', () => {
    expect(checkIban('BE68 5390 0754 703')).toBe('bad-length');
    expect(checkIban('not an iban')).toBe('bad-format');
  });
  it('checks old Belgian account numbers (mod 97, 97 for zero)', () => {
    fc.assert(
      fc.property(digitString(10), (ten) => {
        const r = mod97Big(ten);
        const acct = `${ten.slice(0, 3)}-${ten.slice(3)}-${pad(r === 0 ? 97 : r, 2)}`;
        expect(isValidBelgianAccount(acct)).toBe(true);
        expect(isValidBelgianAccount(`${acct.slice(0, -2)}${pad(((r === 0 ? 97 : r) % 97) + 1, 2)}`)).toBe(false);
      }),
    );
  });
});
