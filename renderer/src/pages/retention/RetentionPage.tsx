import { useCallback, useState } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import type { PageProps } from '../../shell/PageProps';
import { formatDate } from '../../ui/format';
import { useDueCountsRefresh } from '../requests/due-counts';
import { EraseSummary } from '../rights/EraseSummary';
import { AutoEraseNotice } from './AutoEraseNotice';
import { RetentionPoliciesCard } from './RetentionPoliciesCard';
import { RetentionTable } from './RetentionTable';

/** Candidates whose retention date is near or past, with the consultant's three choices; and the rules. */
export function RetentionPage({ openCandidate }: PageProps) {
  const { t, locale } = useT();
  const { api } = useClient();
  const due = useLoad(useCallback(() => api['retention.due']({}), [api]));
  const auto = useLoad(useCallback(() => api['retention.autoErase']({}), [api]));
  const refreshCounts = useDueCountsRefresh();
  const [removed, setRemoved] = useState<EraseResult | undefined>(undefined);
  const [extended, setExtended] = useState<string | undefined>(undefined);
  const changed = (): void => {
    due.reload();
    auto.reload();
    refreshCounts();
  };

  return (
    <div className="stack-lg">
      <Card title={t('retention.title')} description={t('retention.intro')} testId="retention-review">
        <div className="stack">
          {auto.state.kind === 'ok' ? <AutoEraseNotice state={auto.state.value} /> : null}
          {removed ? (
            <Alert tone="success" title={t(removed.mode === 'erase' ? 'rights.erase.doneTitle' : 'rights.anonymise.doneTitle', { ref: removed.ref })} testId="retention-removed">
              <EraseSummary result={removed} />
            </Alert>
          ) : null}
          {extended ? (
            <Alert tone="success" testId="retention-extended">
              {extended}
            </Alert>
          ) : null}
          {due.state.kind === 'loading' ? <Loading /> : null}
          {due.state.kind === 'error' ? <LoadError code={due.state.code} onRetry={due.reload} /> : null}
          {due.state.kind === 'ok' && due.state.value.length === 0 ? (
            <p className="all-clear" data-testid="retention-empty">
              <Icon name="checkCircle" size={18} />
              {t('retention.empty')}
            </p>
          ) : null}
          {due.state.kind === 'ok' && due.state.value.length > 0 ? (
            <RetentionTable
              items={due.state.value}
              onOpen={openCandidate}
              onExtended={(ref, until) => {
                setRemoved(undefined);
                setExtended(t('retention.extend.done', { ref, date: formatDate(until, locale) }));
                changed();
              }}
              onRemoved={(r) => {
                setExtended(undefined);
                setRemoved(r);
                changed();
              }}
            />
          ) : null}
        </div>
      </Card>
      <RetentionPoliciesCard onSaved={changed} />
    </div>
  );
}
