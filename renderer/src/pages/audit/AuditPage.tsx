import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { EMPTY_AUDIT_FILTER, toAuditQuery, type AuditFilterDraft } from './audit-model';
import { VerifyChainCard } from './VerifyChainCard';

const PAGE = 50;

/** Who did what, when — ids and reference codes only — and proof that nobody rewrote it. */
export function AuditPage() {
  const { t } = useT();
  const { api } = useClient();
  const [draft, setDraft] = useState<AuditFilterDraft>(EMPTY_AUDIT_FILTER);
  const [offset, setOffset] = useState(0);
  const filter = useDebounced(draft, 250);
  const list = useLoad(useCallback(() => api['audit.list'](toAuditQuery(filter, { limit: PAGE, offset })), [api, filter, offset]));
  const change = (d: AuditFilterDraft): void => {
    setDraft(d);
    setOffset(0);
  };

  return (
    <div className="stack-lg">
      <VerifyChainCard />
      <Card title={t('audit.title')} description={t('audit.intro')} testId="audit-log">
        <div className="stack">
          <AuditFilters value={draft} onChange={change} onClear={() => change(EMPTY_AUDIT_FILTER)} />
          {list.state.kind === 'loading' ? <Loading /> : null}
          {list.state.kind === 'error' ? <LoadError code={list.state.code} onRetry={list.reload} /> : null}
          {list.state.kind === 'ok' ? (
            <>
              <div className="list-meta" aria-live="polite">
                <span data-testid="audit-count">{t('audit.count', { count: list.state.value.total })}</span>
              </div>
              <div className={list.state.refreshing ? 'refreshing' : undefined} aria-busy={list.state.refreshing}>
                {list.state.value.items.length > 0 ? (
                  <AuditTable items={list.state.value.items} />
                ) : (
                  <EmptyState icon="search" title={t('audit.noMatchTitle')} testId="audit-no-match">
                    {t('audit.noMatchBody')}
                  </EmptyState>
                )}
              </div>
              {list.state.value.total > PAGE ? (
                <nav className="pagination" aria-label={t('audit.pagination')}>
                  <span className="muted">
                    {t('candidates.range', { from: offset + 1, to: Math.min(list.state.value.total, offset + PAGE), total: list.state.value.total })}
                  </span>
                  <Button size="sm" icon="arrowLeft" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    {t('common.previous')}
                  </Button>
                  <Button size="sm" disabled={offset + PAGE >= list.state.value.total} onClick={() => setOffset(offset + PAGE)}>
                    {t('common.next')}
                  </Button>
                </nav>
              ) : null}
            </>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
