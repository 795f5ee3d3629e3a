import { MIN_PASSPHRASE_LENGTH } from './contract/vault';

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

const COMMON = /^(password|wachtwoord|motdepasse|passwort|azerty|qwerty|letmein|welcome|admin|cvault)/i;

/**
 * A rough estimate from length and variety. It only guides the person choosing the passphrase;
 * the real protection is the memory-hard KDF behind it.
 */
export const passphraseStrength = (passphrase: string): PassphraseStrength => {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (COMMON.test(passphrase) || distinct < 5) return 'weak';
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  const bits = passphrase.length * Math.log2(Math.max(10, classes * 20)) * Math.min(1, distinct / 8);
  if (words >= 4 || bits >= 90) return 'strong';
  if (bits >= 60 || words >= 3) return 'fair';
  return 'weak';
};

export const isAcceptablePassphrase = (passphrase: string): boolean =>
  passphraseStrength(passphrase) !== 'too-short' && passphraseStrength(passphrase) !== 'weak';
