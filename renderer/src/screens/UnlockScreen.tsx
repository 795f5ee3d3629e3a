import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../shared/contract';
import { useClient } from '../api/ClientContext';
import { ActionError } from '../components/ActionError';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Icon } from '../components/Icon';
import { LiveRegion } from '../components/LiveRegion';
import { PassphraseField } from '../components/PassphraseField';
import { useAction } from '../hooks/useAction';
import type { LockReason } from '../hooks/useVaultSession';
import { useT } from '../i18n/useT';
import { AuthHeader, AuthLayout } from './AuthLayout';

interface UnlockScreenProps {
  readonly status: VaultStatus;
  readonly reason: LockReason | undefined;
  readonly onUnlocked: (status: VaultStatus) => void;
}

/** The vault exists and is locked: ask for the passphrase. */
export function UnlockScreen({ status, reason, onUnlocked }: UnlockScreenProps) {
  const { t } = useT();
  const { api } = useClient();
  const [passphrase, setPassphrase] = useState('');
  const unlock = useAction(api['vault.unlock']);
  const input = useRef<HTMLInputElement>(null);

  // After a failed attempt, put the cursor back with the text selected, ready to retype.
  useEffect(() => {
    if (unlock.error) input.current?.select();
  }, [unlock.error]);

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (passphrase.length === 0) {
      input.current?.focus();
      return;
    }
    void unlock.run({ passphrase }).then((next) => {
      if (next) onUnlocked(next);
    });
  };

  return (
    <AuthLayout vaultDir={status.dir}>
      <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="unlock-title">
        <div className="auth-badge">
          <Icon name="lock" size={22} />
        </div>
        <AuthHeader id="unlock-title" title={t('unlock.title')} intro={t('unlock.intro')} />
        <LiveRegion>
          {reason === 'idle' ? (
            <Alert tone="info" testId="lock-note">
              {t('unlock.lockedIdle', { count: status.autoLockMinutes })}
            </Alert>
          ) : reason === 'user' ? (
            <Alert tone="info" testId="lock-note">
              {t('unlock.lockedUser')}
            </Alert>
          ) : null}
        </LiveRegion>
        <PassphraseField
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(v) => {
            setPassphrase(v);
            unlock.clearError();
          }}
          autoComplete="current-password"
          autoFocus
          inputRef={input}
          invalid={unlock.error !== undefined}
          testId="unlock-passphrase"
        />
        <ActionError code={unlock.error} testId="unlock-error" />
        <Button type="submit" variant="primary" size="lg" block busy={unlock.busy} icon="unlock">
          {unlock.busy ? t('unlock.submitting') : t('unlock.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
