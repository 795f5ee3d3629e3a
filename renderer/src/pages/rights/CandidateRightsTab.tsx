import { useCallback } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';
import { retentionTone } from '../retention/retention-model';
import { useDueCountsRefresh } from '../requests/due-counts';
import { RightsSection } from '../requests/RightsSection';
import { EraseDialog } from './EraseDialog';
import { FlagControl } from './FlagControl';

interface CandidateRightsTabProps {
  readonly candidateId: number;
  readonly candidateRef: string;
  readonly onOpenCandidate: (id: number) => void;
  /** The candidate no longer exists: leave their page. */
  readonly onErased: (result: EraseResult) => void;
}

/** A candidate's GDPR side: restriction and objection, their rights requests, retention, and erasure. */
export function CandidateRightsTab({ candidateId, candidateRef, onOpenCandidate, onErased }: CandidateRightsTabProps) {
  const { t } = useT();
  const refreshCounts = useDueCountsRefresh();
  const erased = (r: EraseResult): void => {
    refreshCounts();
    onErased(r);
  };
  return (
    <div className="stack-lg" data-testid="rights-tab">
      <Card title={t('rights.flag.title')} description={t('rights.flag.intro')} testId="processing-flags">
        <div className="flag-grid">
          <FlagControl candidateId={candidateId} flag="restriction" />
          <FlagControl candidateId={candidateId} flag="objection" />
        </div>
      </Card>
      <RightsSection candidate={{ id: candidateId, ref: candidateRef }} onOpenCandidate={onOpenCandidate} onErased={erased} onChanged={refreshCounts} />
      <div className="consent-layout">
        <RetentionCard candidateId={candidateId} />
        <Card title={t('rights.erase.cardTitle')} description={t('rights.erase.cardIntro')} testId="erase-card">
          <EraseDialog candidateId={candidateId} candidateRef={candidateRef} mode="erase" onDone={erased} />
        </Card>
      </div>
    </div>
  );
}

function RetentionCard({ candidateId }: { readonly candidateId: number }) {
  const { t, locale } = useT();
  const { api } = useClient();
  const r = useLoad(useCallback(() => api['retention.get']({ candidateId }), [api, candidateId]));
  return (
    <Card title={t('retention.cardTitle')} testId="candidate-retention">
      {r.state.kind === 'ok' ? (
        <dl className="details">
          <div className="details-row">
            <dt>{t('retention.col.rule')}</dt>
            <dd>{t(`retention.situation.${r.state.value.situation}`)}</dd>
          </div>
          <div className="details-row">
            <dt>{t('retention.col.due')}</dt>
            <dd>
              <Badge tone={retentionTone(r.state.value.status)} dot>
                {formatDate(r.state.value.dueOn, locale)}
              </Badge>
            </dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{r.state.kind === 'loading' ? t('common.loading') : t('common.loadFailedTitle')}</p>
      )}
    </Card>
  );
}
