import type { VaultStatus } from '../../../../shared/contract';
import { Card } from '../../components/Card';
import { Table } from '../../components/Table';
import { useT } from '../../i18n/useT';

const COUNTED = ['candidates', 'documents', 'clients', 'shares', 'rights_requests'] as const;

/** How many records of each kind the vault holds (tables not created yet count as zero). */
export function VaultContentsCard({ status }: { readonly status: VaultStatus }) {
  const { t, locale } = useT();
  const counts = status.counts ?? {};
  const format = new Intl.NumberFormat(locale);
  return (
    <Card title={t('settings.contentsTitle')} description={t('settings.contentsIntro')} testId="vault-contents">
      <Table
        caption={t('settings.contentsTitle')}
        columns={[{ label: t('settings.contentsType') }, { label: t('settings.contentsCount'), align: 'end' }]}
        rowKeys={COUNTED}
        rows={COUNTED.map((key) => [t(`settings.count.${key}`), format.format(counts[key] ?? 0)])}
      />
    </Card>
  );
}
