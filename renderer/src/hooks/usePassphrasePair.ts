import { useState } from 'react';
import { isAcceptablePassphrase, passphraseStrength, type PassphraseStrength } from '../../../shared/passphrase';

export interface PassphrasePair {
  readonly passphrase: string;
  readonly confirm: string;
  readonly setPassphrase: (value: string) => void;
  readonly setConfirm: (value: string) => void;
  /** Call when the confirmation field loses focus: from then on a mismatch is shown. */
  readonly confirmTouched: () => void;
  readonly strength: PassphraseStrength;
  readonly acceptable: boolean;
  /** Show the mismatch error now (not while the confirmation is still being typed). */
  readonly showMismatch: boolean;
  readonly matches: boolean;
  readonly reset: () => void;
}

/** A new passphrase and its confirmation, with strength and mismatch derived as you type. */
export const usePassphrasePair = (): PassphrasePair => {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const matches = passphrase === confirm;
  const stillTyping = passphrase.startsWith(confirm) && confirm.length < passphrase.length;
  return {
    passphrase,
    confirm,
    setPassphrase,
    setConfirm,
    confirmTouched: () => setTouched(confirm.length > 0),
    strength: passphraseStrength(passphrase),
    acceptable: isAcceptablePassphrase(passphrase),
    showMismatch: confirm.length > 0 && !matches && (touched || !stillTyping),
    matches,
    reset: () => {
      setPassphrase('');
      setConfirm('');
      setTouched(false);
    },
  };
};
