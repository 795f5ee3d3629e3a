import { useCallback, useState } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import type { RightsRequest } from '../../../../shared/rights/types';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Checkbox } from '../../components/Checkbox';
import { Icon } from '../../components/Icon';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { EraseSummary } from '../rights/EraseSummary';
import { RecordRequestForm } from './RecordRequestForm';
import { RequestDetail } from './RequestDetail';
import { RequestQueueTable } from './RequestQueueTable';

interface RightsSectionProps {
  /** On a candidate's page: only their requests, recorded for them. */
  readonly candidate?: { readonly id: number; readonly ref: string } | undefined;
  readonly onOpenCandidate: (id: number) => void;
  /** The candidate was erased from here (their page has nothing left to show). */
  readonly onErased?: ((result: EraseResult) => void) | undefined;
  /** Queue counts changed (the navigation shows them). */
  readonly onChanged?: (() => void) | undefined;
}

/** The rights-request queue by due date, recording a request, and the selected request's steps. */
export function RightsSection({ candidate, onOpenCandidate, onErased, onChanged }: RightsSectionProps) {
  const { t } = useT();
  const { api } = useClient();
  const [showClosed, setShowClosed] = useState(candidate !== undefined);
  const [recording, setRecording] = useState(false);
  const [selectedId, setSelectedId] = useState<number | undefined>(undefined);
  const [recorded, setRecorded] = useState<RightsRequest | undefined>(undefined);
  // The request as the last action returned it: stays shown (e.g. just closed) while the list reloads or hides it.
  const [current, setCurrent] = useState<RightsRequest | undefined>(undefined);
  const [erased, setErased] = useState<EraseResult | undefined>(undefined);
  const candidateId = candidate?.id;
  const list = useLoad(
    useCallback(() => api['rights.list']({ openOnly: !showClosed, ...(candidateId !== undefined ? { candidateId } : {}) }), [api, showClosed, candidateId]),
  );

  const changed = (): void => {
    list.reload();
    onChanged?.();
  };
  const updated = (r: RightsRequest): void => {
    setRecorded(undefined);
    setSelectedId(r.id);
    setCurrent(r);
    changed();
  };
  const wasErased = (result: EraseResult): void => {
    setSelectedId(undefined);
    setCurrent(undefined);
    setErased(result);
    changed();
    onErased?.(result);
  };

  const queue = list.state.kind === 'ok' ? list.state.value : undefined;
  const selected = (current && current.id === selectedId ? current : undefined) ?? queue?.requests.find((r) => r.id === selectedId);
  const counts = queue?.counts;

  return (
    <div className="stack-lg">
      <Card
        title={t('rights.title')}
        description={candidate ? t('rights.introCandidate') : t('rights.intro')}
        testId="rights-section"
      >
        <div className="stack">
          <div className="toolbar">
            {counts ? (
              <p className="rights-counts" data-testid="rights-counts" data-open={counts.open} data-overdue={counts.overdue}>
                <span>{t('rights.counts.open', { count: counts.open })}</span>
                {counts.overdue > 0 ? <span className="due-overdue">{t('rights.counts.overdue', { count: counts.overdue })}</span> : null}
                {counts.dueWithinWeek > 0 ? <span>{t('rights.counts.week', { count: counts.dueWithinWeek })}</span> : null}
              </p>
            ) : (
              <span />
            )}
            <div className="toolbar-group">
              <Checkbox checked={showClosed} onChange={setShowClosed} testId="rights-show-closed">
                {t('rights.showClosed')}
              </Checkbox>
              {recording ? null : (
                <Button variant="primary" icon="plus" onClick={() => setRecording(true)} data-testid="record-request">
                  {t('rights.record.open')}
                </Button>
              )}
            </div>
          </div>
          {recording ? (
            <RecordRequestForm
              candidate={candidate}
              onCancel={() => setRecording(false)}
              onRecorded={(r) => {
                setRecording(false);
                setRecorded(r);
                setSelectedId(r.id);
                setCurrent(r);
                changed();
              }}
            />
          ) : null}
          <LiveRegion>
            {recorded ? (
              <Alert tone="success" testId="request-recorded">
                {t('rights.record.done', { ref: recorded.ref })}
              </Alert>
            ) : null}
          </LiveRegion>
          {erased ? (
            <Alert tone="success" title={t('rights.erase.doneTitle', { ref: erased.ref })} testId="erase-confirmation">
              <EraseSummary result={erased} />
            </Alert>
          ) : null}
          {list.state.kind === 'loading' ? <Loading /> : null}
          {list.state.kind === 'error' ? <LoadError code={list.state.code} onRetry={list.reload} /> : null}
          {queue && queue.requests.length === 0 ? (
            <p className="all-clear" data-testid="rights-empty">
              <Icon name="checkCircle" size={18} />
              {showClosed ? t('rights.emptyAll') : t('rights.empty')}
            </p>
          ) : null}
          {queue && queue.requests.length > 0 ? (
            <RequestQueueTable
              requests={queue.requests}
              selectedId={selectedId}
              onSelect={(id) => {
                setRecorded(undefined);
                setSelectedId(id === selectedId ? undefined : id);
              }}
              onOpenCandidate={candidate ? undefined : onOpenCandidate}
            />
          ) : null}
        </div>
      </Card>
      {selected ? <RequestDetail key={selected.id} request={selected} onChange={updated} onErased={wasErased} onOpenCandidate={onOpenCandidate} /> : null}
    </div>
  );
}
