import { useCallback } from 'react';
import { useClient } from '../../api/ClientContext';
import { Card } from '../../components/Card';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { SharesTable } from '../shares/SharesTable';

interface CandidateSharesProps {
  readonly candidateId: number;
  /** Bumped after an export, so the list asks again. */
  readonly revision: number;
}

/** The candidate's own share log (the Export button sits at the top of the page). */
export function CandidateShares({ candidateId, revision }: CandidateSharesProps) {
  const { t } = useT();
  const { api } = useClient();
  const shares = useLoad(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` re-asks after an export
    useCallback(() => api['shares.list']({ candidateId }), [api, candidateId, revision]),
  );
  return (
    <Card
      title={t('shares.title')}
      description={t('shares.candidateIntro')}
      testId="candidate-shares"
    >
      {shares.state.kind === 'loading' ? <Loading /> : null}
      {shares.state.kind === 'error' ? <LoadError code={shares.state.code} onRetry={shares.reload} /> : null}
      {shares.state.kind === 'ok' ? (
        shares.state.value.length === 0 ? (
          <p className="muted" data-testid="candidate-shares-empty">
            {t('shares.emptyCandidate')}
          </p>
        ) : (
          <SharesTable shares={shares.state.value} withCandidate={false} caption={t('shares.title')} />
        )
      ) : null}
    </Card>
  );
}
