import type { FormEvent } from 'react';
import type { VaultStatus } from '../../../shared/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/contract/vault';
import { useClient } from '../api/ClientContext';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { LiveRegion } from '../components/LiveRegion';
import { PassphraseField } from '../components/PassphraseField';
import { StrengthMeter } from '../components/StrengthMeter';
import { useAction } from '../hooks/useAction';
import { usePassphrasePair } from '../hooks/usePassphrasePair';
import { useT } from '../i18n/useT';
import { AuthHeader, AuthLayout } from './AuthLayout';

interface CreateVaultScreenProps {
  readonly status: VaultStatus;
  readonly onCreated: (status: VaultStatus) => void;
}

/** First run: choose the passphrase that protects the new vault. */
export function CreateVaultScreen({ status, onCreated }: CreateVaultScreenProps) {
  const { t, error } = useT();
  const { api } = useClient();
  const pair = usePassphrasePair();
  const create = useAction(api['vault.create']);
  const canSubmit = pair.acceptable && pair.matches;

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (!canSubmit) return;
    void create.run({ passphrase: pair.passphrase }).then((next) => {
      if (next) onCreated(next);
    });
  };

  return (
    <AuthLayout vaultDir={status.dir}>
      <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="create-title">
        <AuthHeader id="create-title" title={t('create.title')} intro={t('create.intro')} />
        <PassphraseField
          label={t('create.passphrase')}
          value={pair.passphrase}
          onChange={(v) => {
            pair.setPassphrase(v);
            create.clearError();
          }}
          autoComplete="new-password"
          autoFocus
          hint={t('create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          extra={<StrengthMeter strength={pair.strength} empty={pair.passphrase.length === 0} />}
          testId="create-passphrase"
        />
        <PassphraseField
          label={t('create.confirm')}
          value={pair.confirm}
          onChange={pair.setConfirm}
          onBlur={pair.confirmTouched}
          autoComplete="new-password"
          error={pair.showMismatch ? t('create.mismatch') : undefined}
          testId="create-confirm"
        />
        <Alert tone="warning" title={t('create.warningTitle')}>
          {t('create.warningBody')}
        </Alert>
        <LiveRegion politeness="assertive">
          {create.error ? (
            <Alert tone="error" testId="create-error">
              {error(create.error)}
            </Alert>
          ) : null}
        </LiveRegion>
        <Button type="submit" variant="primary" size="lg" block disabled={!canSubmit} busy={create.busy}>
          {create.busy ? t('create.submitting') : t('create.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
