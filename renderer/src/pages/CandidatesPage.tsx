import { useCallback, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useDebounced } from '../hooks/useDebounced';
import { useLoad } from '../hooks/useLoad';
import { useImportQueue } from '../import/ImportQueueContext';
import { useT } from '../i18n/useT';
import type { PageProps } from '../shell/PageProps';
import { CandidatePage } from './candidate/CandidatePage';
import { CandidateFilters } from './candidates/CandidateFilters';
import { CandidateTable } from './candidates/CandidateTable';
import { EMPTY_FILTERS, isFiltered, PAGE_SIZE, toListInput, type FilterDraft } from './candidates/filters';
import { DueSummary } from './requests/DueSummary';

/** The talent pool: a searchable, filterable list; or one candidate when one is open. */
export function CandidatesPage(props: PageProps) {
  if (props.candidateId !== undefined) return <CandidatePage {...props} candidateId={props.candidateId} />;
  return <CandidateList {...props} />;
}

function CandidateList({ navigate, openCandidate }: PageProps) {
  const { t } = useT();
  const { api } = useClient();
  const { summary } = useImportQueue();
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_FILTERS);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(draft.query, 250);
  const { consent, shareable, noticeDue } = draft;
  const sourceKind = draft.sourceKind ?? '';
  // Files finishing an import in the background add candidates: list again when that count moves.
  const imported = summary.imported + summary.versions;
  const list = useLoad(
    useCallback(
      () => api['candidates.list'](toListInput({ query, consent, shareable, noticeDue, sourceKind }, offset)),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `imported` is a reload trigger
      [api, query, consent, shareable, noticeDue, sourceKind, offset, imported],
    ),
  );
  const change = (d: FilterDraft): void => {
    setDraft(d);
    setOffset(0);
  };

  if (list.state.kind === 'loading') return <Loading testId="candidates-loading" />;
  if (list.state.kind === 'error') return <LoadError code={list.state.code} onRetry={list.reload} />;
  const { items, total } = list.state.value;

  if (total === 0 && !isFiltered(draft) && !list.state.refreshing)
    return (
      <EmptyState
        icon="users"
        title={t('candidates.emptyTitle')}
        testId="empty-candidates"
        action={
          <Button variant="primary" icon="upload" onClick={() => navigate('import')}>
            {t('candidates.emptyAction')}
          </Button>
        }
      >
        {t('candidates.emptyBody')}
      </EmptyState>
    );

  return (
    <div className="stack">
      <DueSummary navigate={navigate} />
      <CandidateFilters value={draft} onChange={change} onClear={() => change(EMPTY_FILTERS)} />
      <div className="list-meta" aria-live="polite">
        <span data-testid="candidate-count">{t('candidates.count', { count: total })}</span>
      </div>
      <div className={list.state.refreshing ? 'refreshing' : undefined} aria-busy={list.state.refreshing}>
        {items.length > 0 ? (
          <CandidateTable items={items} onOpen={openCandidate} />
        ) : (
          <EmptyState icon="search" title={t('candidates.noMatchTitle')} testId="no-match">
            {t('candidates.noMatchBody')}
          </EmptyState>
        )}
      </div>
      {total > PAGE_SIZE ? (
        <nav className="pagination" aria-label={t('candidates.pagination')}>
          <span className="muted">{t('candidates.range', { from: offset + 1, to: Math.min(total, offset + PAGE_SIZE), total })}</span>
          <Button size="sm" icon="arrowLeft" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('common.previous')}
          </Button>
          <Button size="sm" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('common.next')}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
