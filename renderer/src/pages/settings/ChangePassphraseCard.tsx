import { useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/contract/vault';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { LiveRegion } from '../../components/LiveRegion';
import { PassphraseField } from '../../components/PassphraseField';
import { StrengthMeter } from '../../components/StrengthMeter';
import { useAction } from '../../hooks/useAction';
import { usePassphrasePair } from '../../hooks/usePassphrasePair';
import { useT } from '../../i18n/useT';

/** Current, new and confirmation; the key is re-wrapped, the data is not re-encrypted. */
export function ChangePassphraseCard({ onChanged }: { readonly onChanged: (status: VaultStatus) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const [current, setCurrent] = useState('');
  const [done, setDone] = useState(false);
  const pair = usePassphrasePair();
  const change = useAction(api['vault.changePassphrase']);
  const currentInput = useRef<HTMLInputElement>(null);
  const same = pair.passphrase.length > 0 && pair.passphrase === current;
  const canSubmit = current.length > 0 && pair.acceptable && pair.matches && !same;

  const edited = (): void => {
    setDone(false);
    change.clearError();
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (!canSubmit) return;
    void change.run({ current, next: pair.passphrase }).then((status) => {
      if (status) {
        setCurrent('');
        pair.reset();
        setDone(true);
        onChanged(status);
      } else {
        currentInput.current?.select();
      }
    });
  };

  return (
    <Card title={t('settings.passphraseTitle')} description={t('settings.passphraseIntro')} testId="change-passphrase">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <PassphraseField
          label={t('settings.current')}
          value={current}
          onChange={(v) => {
            setCurrent(v);
            edited();
          }}
          autoComplete="current-password"
          inputRef={currentInput}
          invalid={change.error === 'VAULT_WRONG_PASSPHRASE'}
          testId="current-passphrase"
        />
        <PassphraseField
          label={t('settings.next')}
          value={pair.passphrase}
          onChange={(v) => {
            pair.setPassphrase(v);
            edited();
          }}
          autoComplete="new-password"
          hint={t('create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          error={same ? t('settings.sameAsCurrent') : undefined}
          extra={<StrengthMeter strength={pair.strength} empty={pair.passphrase.length === 0} />}
          testId="new-passphrase"
        />
        <PassphraseField
          label={t('settings.confirm')}
          value={pair.confirm}
          onChange={(v) => {
            pair.setConfirm(v);
            edited();
          }}
          onBlur={pair.confirmTouched}
          autoComplete="new-password"
          error={pair.showMismatch ? t('create.mismatch') : undefined}
          testId="confirm-passphrase"
        />
        <ActionError code={change.error} testId="change-error" />
        <LiveRegion>
          {done ? (
            <Alert tone="success" testId="change-done">
              {t('settings.changed')}
            </Alert>
          ) : null}
        </LiveRegion>
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="key" disabled={!canSubmit} busy={change.busy}>
            {change.busy ? t('settings.submitting') : t('settings.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
