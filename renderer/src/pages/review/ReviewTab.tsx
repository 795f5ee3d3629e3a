import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Decision, ItemKind, ReviewPlan } from '../../../../shared/detect/plan-types';
import type { ErrorCode, Result } from '../../../../shared/errors';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { readSelection } from './read-selection';
import { RedactionReportCard } from './RedactionReportCard';
import { groupByKind, itemsInReadingOrder, reviewBlocks, statementChain, step } from './review-model';
import { ReviewList } from './ReviewList';
import { ReviewStatusBar } from './ReviewStatusBar';
import { ReviewText } from './ReviewText';
import { SelectionBar, type TextSelection } from './SelectionBar';
import { useReviewKeys } from './useReviewKeys';

interface ReviewTabProps {
  readonly candidateId: number;
}

/** The review of the latest CV version: highlighted text, findings by kind, manual redaction, the report. */
export function ReviewTab({ candidateId }: ReviewTabProps) {
  const { api } = useClient();
  const plan = useLoad(useCallback(() => api['review.get']({ candidateId }), [api, candidateId]));
  if (plan.state.kind === 'loading') return <Loading testId="review-loading" />;
  if (plan.state.kind === 'error') return <LoadError code={plan.state.code} onRetry={plan.reload} />;
  return <ReviewWorkspace candidateId={candidateId} plan={plan.state.value} setPlan={plan.set} />;
}

interface WorkspaceProps {
  readonly candidateId: number;
  readonly plan: ReviewPlan;
  readonly setPlan: (plan: ReviewPlan) => void;
}

function ReviewWorkspace({ candidateId, plan: p, setPlan }: WorkspaceProps) {
  const { t, error } = useT();
  const { api } = useClient();
  const detail = useLoad(useCallback(() => api['candidates.get']({ id: candidateId, version: p.version }), [api, candidateId, p.version]));
  const [revision, setRevision] = useState(0);
  const report = useLoad(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` re-asks after every change
    useCallback(() => api['review.report']({ candidateId }), [api, candidateId, revision]),
  );
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<TextSelection | undefined>(undefined);
  const [multiLine, setMultiLine] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const textRef = useRef<HTMLDivElement>(null);

  const blocks = useMemo(() => (detail.state.kind === 'ok' ? reviewBlocks(detail.state.value.cv) : []), [detail.state]);
  const items = p.items;
  const ordered = useMemo(() => itemsInReadingOrder(items, blocks), [items, blocks]);
  const groups = useMemo(() => groupByKind(ordered), [ordered]);

  const change = useCallback(
    async (call: () => Promise<Result<ReviewPlan>>, done?: string): Promise<boolean> => {
      setBusy(true);
      setFailure(undefined);
      try {
        const r = await call();
        if (!r.ok) {
          setFailure(r.error.code);
          return false;
        }
        setPlan(r.value);
        setRevision((n) => n + 1);
        if (done) setNotice(done);
        return true;
      } catch {
        setFailure('INTERNAL');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [setPlan],
  );

  const decide = useCallback(
    (id: string, decision: Decision | 'pending') =>
      void change(() => api['review.decide']({ candidateId, ids: statementChain(items, blocks, id), decision })),
    [api, candidateId, change, items, blocks],
  );
  const decideGroup = (kind: ItemKind, decision: Decision) => void change(() => api['review.decideAll']({ candidateId, decision, kind }));
  const removeTerm = (termId: number) => void change(() => api['review.removeTerm']({ candidateId, termId }));
  const markReviewed = () => void change(() => api['review.markReviewed']({ candidateId }), t('review.markedDone'));
  const redact = (where: 'here' | 'everywhere', always: boolean) => {
    if (!selection) return;
    const input = where === 'here' ? { candidateId, text: selection.text, path: selection.path, start: selection.start } : { candidateId, text: selection.text, always };
    void change(() => api['review.add'](input), t('review.selection.added', { text: selection.text })).then((ok) => {
      if (!ok) return;
      setSelection(undefined);
      window.getSelection()?.removeAllRanges();
    });
  };

  const onSelectEnd = () => {
    const read = readSelection(textRef.current);
    setMultiLine(read.kind === 'multi-line');
    setSelection(read.kind === 'text' ? read.selection : undefined);
  };

  // The current finding's first highlight scrolls into view as j/k move.
  useEffect(() => {
    if (!activeId) return;
    textRef.current?.querySelector(`mark[data-item="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const keys = useMemo(
    () => ({
      next: () => setActiveId((id) => step(ordered, id, 1)),
      previous: () => setActiveId((id) => step(ordered, id, -1)),
      accept: () => activeId && decide(activeId, 'accept'),
      reject: () => activeId && decide(activeId, 'reject'),
      reset: () => activeId && decide(activeId, 'pending'),
    }),
    [ordered, activeId, decide],
  );
  useReviewKeys(keys, !busy);

  return (
    <div className="stack-lg" data-testid="review-tab">
      <ReviewStatusBar plan={p} busy={busy} onMarkReviewed={markReviewed} />
      <LiveRegion>
        {failure ? (
          <Alert tone="error" code={failure} testId="review-error">
            {error(failure)}
          </Alert>
        ) : notice ? (
          <p className="visually-hidden">{notice}</p>
        ) : null}
      </LiveRegion>
      <div className="rv-layout">
        <section className="card rv-text-card" aria-labelledby="rv-text-title">
          <header className="card-header">
            <h2 className="card-title" id="rv-text-title">
              {t('review.textTitle')}
            </h2>
            <p className="card-description">{t('review.textIntro')}</p>
          </header>
          <SelectionBar selection={selection} multiLine={multiLine} busy={busy} onRedact={redact} onCancel={() => setSelection(undefined)} />
          <div className="card-body" ref={textRef}>
            {detail.state.kind === 'loading' ? <Loading /> : null}
            {detail.state.kind === 'error' ? <LoadError code={detail.state.code} onRetry={detail.reload} /> : null}
            {detail.state.kind === 'ok' ? (
              blocks.length === 0 ? (
                <p className="muted">{t('review.noText')}</p>
              ) : (
                <ReviewText blocks={blocks} items={items} activeId={activeId} onPick={setActiveId} onSelectEnd={onSelectEnd} />
              )
            ) : null}
          </div>
        </section>
        <Card title={t('review.listTitle')} description={t('review.intro')} titleId="rv-list-title" className="rv-list-card">
          {items.length === 0 ? (
            <EmptyState icon="shieldCheck" title={t('review.listTitle')} testId="review-empty">
              {t('review.empty')}
            </EmptyState>
          ) : null}
          <ReviewList groups={groups} activeId={activeId} busy={busy} onPick={setActiveId} onDecide={decide} onDecideGroup={decideGroup} onRemoveTerm={removeTerm} />
        </Card>
      </div>
      {report.state.kind === 'ok' ? <RedactionReportCard report={report.state.value} /> : null}
      {report.state.kind === 'error' ? <LoadError code={report.state.code} onRetry={report.reload} /> : null}
    </div>
  );
}
