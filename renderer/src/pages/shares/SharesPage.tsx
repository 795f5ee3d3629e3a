import { useCallback, useMemo, useState } from 'react';
import { sharesCsv } from '../../../../shared/export/shares';
import { useClient } from '../../api/ClientContext';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import type { PageProps } from '../../shell/PageProps';
import { todayLocal } from '../../ui/format';
import { MIME_TYPES } from '../export/bytes';
import { saveFile } from '../export/save-file';
import { clientsInLog, filterShares, type ShareFilters } from './share-filters';
import { SharesFilters } from './SharesFilters';
import { SharesTable } from './SharesTable';

/** Every company CV that left the vault, filterable, and the log as CSV for the firm's records. */
export function SharesPage({ openCandidate }: PageProps) {
  const { t } = useT();
  const { api } = useClient();
  const shares = useLoad(useCallback(() => api['shares.list']({}), [api]));
  const [filters, setFilters] = useState<ShareFilters>({});
  const all = useMemo(() => (shares.state.kind === 'ok' ? shares.state.value : []), [shares.state]);
  const shown = useMemo(() => filterShares(all, filters), [all, filters]);

  if (shares.state.kind === 'loading') return <Loading testId="shares-loading" />;
  if (shares.state.kind === 'error') return <LoadError code={shares.state.code} onRetry={shares.reload} />;
  if (all.length === 0)
    return (
      <EmptyState icon="send" title={t('shares.title')} testId="shares-empty">
        {t('shares.empty')}
      </EmptyState>
    );
  return (
    <div className="stack" data-testid="shares-page">
      <SharesFilters value={filters} onChange={setFilters} clients={clientsInLog(all)} />
      <div className="list-meta">
        <span data-testid="shares-count">{t('shares.count', { count: shown.length })}</span>
        <Button
          size="sm"
          variant="secondary"
          icon="fileText"
          disabled={shown.length === 0}
          onClick={() => saveFile(sharesCsv(shown), t('shares.csvName', { date: todayLocal() }), MIME_TYPES.csv)}
          data-testid="shares-csv"
        >
          {t('shares.csv')}
        </Button>
      </div>
      {shown.length === 0 ? (
        <p className="muted" data-testid="shares-no-match">
          {t('shares.noMatch')}
        </p>
      ) : (
        <SharesTable shares={shown} withCandidate onOpenCandidate={openCandidate} caption={t('shares.title')} />
      )}
    </div>
  );
}
