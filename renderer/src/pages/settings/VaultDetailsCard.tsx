import type { VaultStatus } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { useT } from '../../i18n/useT';

/** Folder, schema version and auto-lock delay of the open vault. */
export function VaultDetailsCard({ status }: { readonly status: VaultStatus }) {
  const { t } = useT();
  return (
    <Card title={t('settings.vaultTitle')} description={t('settings.vaultIntro')} testId="vault-details">
      <dl className="details">
        <div className="details-row">
          <dt>{t('settings.folder')}</dt>
          <dd>
            <code className="path" data-testid="vault-folder">
              {status.dir}
            </code>
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('settings.schemaVersion')}</dt>
          <dd data-testid="vault-schema">
            {status.schemaVersion !== undefined ? (
              <Badge tone="neutral">v{status.schemaVersion}</Badge>
            ) : (
              t('settings.unknown')
            )}
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('settings.autoLock')}</dt>
          <dd data-testid="vault-autolock">{t('settings.autoLockValue', { count: status.autoLockMinutes })}</dd>
        </div>
      </dl>
    </Card>
  );
}
