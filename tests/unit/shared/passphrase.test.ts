import { describe, expect, it } from 'vitest';
import { isAcceptablePassphrase, passphraseStrength } from '../../../shared/passphrase';

describe('passphrase strength', () => {
  it.each([
    ['short1!', 'too-short'],
    ['password123456', 'weak'],
    ['aaaaaaaaaaaaaa', 'weak'],
    ['Wachtwoord2024!', 'weak'],
    ['tulip-bicycle-Ghent-1987', 'strong'],
    ['correct horse battery staple', 'strong'],
  ] as const)('%s is %s', (p, expected) => {
    expect(passphraseStrength(p)).toBe(expected);
  });

  it('accepts fair and strong, refuses weak and short', () => {
    expect(isAcceptablePassphrase('tulip-bicycle-Ghent-1987')).toBe(true);
    expect(isAcceptablePassphrase('password123456')).toBe(false);
    expect(isAcceptablePassphrase('abc')).toBe(false);
  });
});
