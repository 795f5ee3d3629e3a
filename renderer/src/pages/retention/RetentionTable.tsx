import { Fragment, useState, type FormEvent } from 'react';
import type { EraseResult, OutputOf } from '../../../../shared/contract';
import { addMonths } from '../../../../shared/dates';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/FormActions';
import { TableFrame } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';
import { EraseDialog } from '../rights/EraseDialog';
import { checkRetentionExtension, retentionTone, type ExtendProblem } from './retention-model';

type Item = OutputOf<'retention.due'>[number];

interface RetentionTableProps {
  readonly items: readonly Item[];
  readonly onOpen: (candidateId: number) => void;
  readonly onExtended: (ref: string, until: string) => void;
  readonly onRemoved: (result: EraseResult) => void;
}

/** Earliest review date first (the core's order): keep longer with a reason, anonymise, or erase. */
export function RetentionTable({ items, onOpen, onExtended, onRemoved }: RetentionTableProps) {
  const { t, locale } = useT();
  const [extending, setExtending] = useState<number | undefined>(undefined);
  return (
    <TableFrame
      caption={t('retention.title')}
      columns={[
        { label: t('retention.col.candidate') },
        { label: t('retention.col.rule') },
        { label: t('retention.col.from') },
        { label: t('retention.col.due') },
        { label: t('retention.col.status') },
        { label: t('retention.col.actions'), hidden: true },
      ]}
      className="retention-table"
      testId="retention-table"
    >
      {items.map((r) => (
        <Fragment key={r.candidateId}>
          <tr className={r.status === 'overdue' ? 'row-overdue' : undefined} data-testid="retention-row" data-ref={r.ref} data-status={r.status}>
            <th scope="row" className="nowrap">
              <button type="button" className="link-button" onClick={() => onOpen(r.candidateId)}>
                {r.ref}
              </button>
            </th>
            <td>{t(`retention.situation.${r.situation}`)}</td>
            <td className="nowrap">{formatDate(r.from, locale)}</td>
            <td className="nowrap">
              <span className={r.status === 'overdue' ? 'due-overdue' : undefined}>{formatDate(r.dueOn, locale)}</span>
              {r.extendedUntil ? <span className="cell-note">{t('retention.extendedNote')}</span> : null}
            </td>
            <td>
              <Badge tone={retentionTone(r.status)} dot>
                {t(`retention.status.${r.status}`)}
              </Badge>
            </td>
            <td className="row-actions">
              <div className="retention-actions">
                <Button size="sm" icon="clock" onClick={() => setExtending(extending === r.candidateId ? undefined : r.candidateId)} data-testid="retention-extend-open">
                  {t('retention.extend.open')}
                </Button>
                <EraseDialog candidateId={r.candidateId} candidateRef={r.ref} mode="anonymise" size="sm" quiet onDone={onRemoved} />
                <EraseDialog candidateId={r.candidateId} candidateRef={r.ref} mode="erase" size="sm" quiet onDone={onRemoved} />
              </div>
            </td>
          </tr>
          {extending === r.candidateId ? (
            <tr className="row-form">
              <td colSpan={6}>
                <ExtendRetention
                  item={r}
                  onCancel={() => setExtending(undefined)}
                  onDone={(until) => {
                    setExtending(undefined);
                    onExtended(r.ref, until);
                  }}
                />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </TableFrame>
  );
}

function ExtendRetention({ item, onCancel, onDone }: { readonly item: Item; readonly onCancel: () => void; readonly onDone: (until: string) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const extend = useAction(api['retention.extend']);
  const [until, setUntil] = useState(addMonths(item.dueOn > item.from ? item.dueOn : item.from, 12));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly ExtendProblem[]>([]);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const found = checkRetentionExtension({ until, reason }, item.dueOn);
    setProblems(found);
    if (found.length > 0) return;
    void extend.run({ candidateId: item.candidateId, until, reason: reason.trim() }).then((r) => {
      if (r) onDone(until);
    });
  };
  return (
    <form className="stack rights-form" onSubmit={submit} noValidate aria-label={t('retention.extend.title', { ref: item.ref })} data-testid="retention-extend-form">
      <div className="form-row">
        <TextField
          label={t('retention.extend.until')}
          type="date"
          min={item.dueOn}
          value={until}
          onChange={setUntil}
          error={problems.includes('until') ? t('retention.extend.needDate') : problems.includes('untilNotLater') ? t('retention.extend.notLater') : undefined}
          data-testid="retention-until"
        />
        <TextField
          label={t('retention.extend.reason')}
          value={reason}
          onChange={setReason}
          maxLength={2000}
          error={problems.includes('reason') ? t('retention.extend.needReason') : undefined}
          data-testid="retention-reason"
        />
      </div>
      <ActionError code={extend.error} />
      <FormActions submitLabel={t('retention.extend.submit')} busy={extend.busy} submitTestId="retention-extend-submit" onCancel={onCancel} />
    </form>
  );
}
