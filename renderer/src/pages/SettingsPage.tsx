import { useCallback, useEffect } from 'react';
import { useClient } from '../api/ClientContext';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useLoad } from '../hooks/useLoad';
import type { PageProps } from '../shell/PageProps';
import { ChangePassphraseCard } from './settings/ChangePassphraseCard';
import { ConsultantCard } from './settings/ConsultantCard';
import { RetentionPoliciesCard } from './retention/RetentionPoliciesCard';
import { PrivacyCard } from './settings/PrivacyCard';
import { VaultContentsCard } from './settings/VaultContentsCard';
import { VaultDetailsCard } from './settings/VaultDetailsCard';

/** The consultant, the firm's privacy information, and the vault's location and protection. */
export function SettingsPage({ status, onStatus }: PageProps) {
  const { api } = useClient();
  const settings = useLoad(useCallback(() => api['settings.get']({}), [api]));
  // The counts in the status are from the moment of unlocking: ask again so Contents is current.
  useEffect(() => {
    let live = true;
    void api['vault.status']({}).then((r) => {
      if (live && r.ok && r.value.state === 'unlocked') onStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, [api, onStatus]);
  return (
    <div className="settings-grid">
      <div className="stack-lg">
        {settings.state.kind === 'loading' ? <Loading /> : null}
        {settings.state.kind === 'error' ? <LoadError code={settings.state.code} onRetry={settings.reload} /> : null}
        {settings.state.kind === 'ok' ? (
          <>
            <PrivacyCard settings={settings.state.value} onSaved={settings.set} />
            <ConsultantCard settings={settings.state.value} onSaved={settings.set} />
            <RetentionPoliciesCard onSaved={settings.reload} />
          </>
        ) : null}
      </div>
      <div className="stack-lg">
        <VaultDetailsCard status={status} />
        <VaultContentsCard status={status} />
        <ChangePassphraseCard onChanged={onStatus} />
      </div>
    </div>
  );
}
