import { useState } from 'react';
import type { ApiError } from '../../../../shared/errors';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import { TableFrame } from '../../components/Table';
import { useT } from '../../i18n/useT';
import type { QueueItem, QueueSummary } from '../../import/queue-model';
import { importTone } from '../../ui/tones';

interface ImportProgressProps {
  readonly items: readonly QueueItem[];
  readonly summary: QueueSummary;
  readonly onCancel: () => Promise<void>;
  readonly onClear: () => void;
  readonly onOpen: (candidateId: number) => void;
}

const SUMMARY_KEYS = ['imported', 'versions', 'duplicates', 'failed', 'cancelled'] as const;

/** The overall bar, counts per outcome, and one row per file with its result in plain words. */
export function ImportProgress({ items, summary, onCancel, onClear, onOpen }: ImportProgressProps) {
  const { t } = useT();
  const [cancelling, setCancelling] = useState(false);
  const cancel = (): void => {
    setCancelling(true);
    void onCancel().finally(() => setCancelling(false));
  };
  return (
    <section className="card" data-testid="import-progress" aria-labelledby="progress-title">
      <header className="progress-header">
        <div className="progress-heading">
          <h2 className="card-title" id="progress-title">
            {t('import.progressTitle')}
          </h2>
          <p className="progress-count" data-testid="import-count" aria-live="polite">
            {summary.running ? t('import.progressCount', { done: summary.finished, total: summary.total }) : t('import.allDone', { count: summary.total })}
          </p>
        </div>
        {summary.running ? (
          <Button variant="secondary" icon="x" onClick={cancel} busy={cancelling} data-testid="cancel-import">
            {cancelling ? t('import.cancelling') : t('import.cancel')}
          </Button>
        ) : (
          <Button variant="ghost" onClick={onClear} data-testid="clear-results">
            {t('import.clearFinished')}
          </Button>
        )}
      </header>
      <div className="progress-body">
        <ProgressBar value={summary.finished} max={summary.total} label={t('import.progressLabel')} testId="import-bar" />
        <dl className="summary-chips" data-testid="import-summary">
          {SUMMARY_KEYS.map((key) => (
            <div key={key} className={`summary-chip summary-chip-${key}`} data-testid={`summary-${key}`}>
              <dt>{t(`import.summary.${key}`)}</dt>
              <dd>{summary[key]}</dd>
            </div>
          ))}
        </dl>
      </div>
      <TableFrame
        caption={t('import.progressTitle')}
        columns={[
          { label: t('import.fileColumn') },
          { label: t('import.statusColumn') },
          { label: t('import.resultColumn') },
        ]}
        className="import-table"
        wrapClassName="table-wrap-flush"
        testId="import-results"
      >
        {items.map((i) => (
          <tr key={i.id} data-testid="import-row" data-status={i.status}>
            <th scope="row" className="import-file" title={i.name}>
              {i.name}
            </th>
            <td>
              <Badge tone={importTone(i.status)} dot={i.status !== 'reading' && i.status !== 'importing'}>
                {i.status === 'reading' || i.status === 'importing' ? <Spinner size={12} /> : null}
                {t(`import.status.${i.status}`)}
              </Badge>
            </td>
            <td className="import-result">
              <Result item={i} onOpen={onOpen} />
            </td>
          </tr>
        ))}
      </TableFrame>
    </section>
  );
}

function ErrorText({ error }: { readonly error: ApiError }) {
  const { error: words } = useT();
  const plain = words(error.code);
  // The core's message can be more specific (it names what the file really is): show it too.
  const detail = error.message && error.message !== plain ? error.message : undefined;
  return (
    <span className="import-error" data-code={error.code}>
      <span>{plain}</span>
      {detail ? <span className="import-error-detail">{detail}</span> : null}
    </span>
  );
}

function Result({ item, onOpen }: { readonly item: QueueItem; readonly onOpen: (id: number) => void }) {
  const { t } = useT();
  const { candidateId, ref } = item;
  const link =
    candidateId !== undefined && ref ? (
      <button type="button" className="link-button ref-link" onClick={() => onOpen(candidateId)} aria-label={t('import.openCandidate', { ref })}>
        {ref}
      </button>
    ) : null;
  const outcome = (text: string) => (
    <span className="import-outcome">
      {link}
      <span className="muted">{text}</span>
    </span>
  );
  switch (item.status) {
    case 'imported':
      return outcome(t('import.outcome.imported'));
    case 'version':
      return outcome(t('import.outcome.version', { version: item.version ?? 1 }));
    case 'duplicate':
      return outcome(t('import.outcome.duplicate'));
    case 'failed':
      return item.error ? <ErrorText error={item.error} /> : null;
    case 'cancelled':
      return <span className="muted">{t('import.outcome.cancelled')}</span>;
    default:
      return null;
  }
}
