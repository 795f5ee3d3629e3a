import type { PassphraseStrength } from '../../../shared/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/contract/vault';
import { useT } from '../i18n/useT';

const LEVELS: readonly PassphraseStrength[] = ['too-short', 'weak', 'fair', 'strong'];

/** Four bars and a word for the strength of a new passphrase, with advice on what to change. */
export function StrengthMeter({ strength, empty }: { readonly strength: PassphraseStrength; readonly empty: boolean }) {
  const { t } = useT();
  const level = empty ? 0 : LEVELS.indexOf(strength) + 1;
  return (
    <div className={`strength strength-${empty ? 'empty' : strength}`} data-testid="passphrase-strength" data-strength={empty ? 'empty' : strength}>
      <div className="strength-bars" aria-hidden="true">
        {LEVELS.map((l, i) => (
          <span key={l} className={i < level ? 'strength-bar strength-bar-on' : 'strength-bar'} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite">
        {empty ? null : (
          <>
            <span className="visually-hidden">{t('strength.label')}: </span>
            <strong className="strength-level">{t(`strength.level.${strength}`)}</strong>
            <span className="strength-advice">
              {strength === 'too-short'
                ? t('strength.advice.too-short', { min: MIN_PASSPHRASE_LENGTH })
                : t(`strength.advice.${strength}`)}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
