import type { RightsRequest } from '../../../../shared/rights/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { TableFrame } from '../../components/Table';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';
import { requestTone, stepOf } from './request-model';

interface RequestQueueTableProps {
  readonly requests: readonly RightsRequest[];
  readonly selectedId: number | undefined;
  readonly onSelect: (id: number) => void;
  /** Absent on a candidate's own page, where the candidate column says nothing new. */
  readonly onOpenCandidate?: ((id: number) => void) | undefined;
}

/** Requests by due date as the core orders them; late ones in red. */
export function RequestQueueTable({ requests, selectedId, onSelect, onOpenCandidate }: RequestQueueTableProps) {
  const { t, locale } = useT();
  return (
    <TableFrame
      caption={t('rights.queue.caption')}
      columns={[
        { label: t('rights.col.request') },
        ...(onOpenCandidate ? [{ label: t('rights.col.candidate') }] : []),
        { label: t('rights.col.type') },
        { label: t('rights.col.received') },
        { label: t('rights.col.due') },
        { label: t('rights.col.status') },
        { label: t('rights.col.actions'), hidden: true },
      ]}
      className="rights-table"
      testId="rights-queue"
    >
      {requests.map((r) => {
        const tone = requestTone(r);
        const step = stepOf(r);
        return (
          <tr
            key={r.id}
            className={[r.overdue ? 'row-overdue' : '', r.id === selectedId ? 'row-selected' : ''].filter(Boolean).join(' ') || undefined}
            data-testid="rights-row"
            data-ref={r.ref}
            data-overdue={r.overdue}
            data-status={r.status}
          >
            <th scope="row">
              <code className="ref">{r.ref}</code>
            </th>
            {onOpenCandidate ? (
              <td>
                <button type="button" className="link-button" onClick={() => onOpenCandidate(r.candidateId)}>
                  {r.candidateRef}
                </button>
              </td>
            ) : null}
            <td>{t(`rights.type.${r.type}`)}</td>
            <td className="nowrap">{formatDate(r.receivedOn, locale)}</td>
            <td className="nowrap">
              <span className={r.overdue ? 'due-overdue' : undefined} data-testid="rights-due">
                {formatDate(r.dueOn, locale)}
              </span>
              {r.extensionMonths > 0 ? <span className="cell-note">{t('rights.extendedNote', { count: r.extensionMonths })}</span> : null}
            </td>
            <td>
              <span className="badge-stack">
                <Badge tone={tone} dot>
                  {r.status === 'closed'
                    ? t('rights.status.closed')
                    : r.overdue
                      ? t('rights.status.overdue', { count: -r.daysLeft })
                      : t('rights.status.daysLeft', { count: r.daysLeft })}
                </Badge>
                {step === 'verify' ? <Badge tone="warning">{t('rights.status.unverified')}</Badge> : null}
              </span>
            </td>
            <td className="row-actions">
              <Button size="sm" variant={r.id === selectedId ? 'primary' : 'secondary'} onClick={() => onSelect(r.id)} aria-label={t('rights.openLabel', { ref: r.ref })} data-testid="rights-open">
                {t('rights.open')}
              </Button>
            </td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
