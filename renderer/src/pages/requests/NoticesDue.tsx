import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TableFrame } from '../../components/Table';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { formatDate, todayLocal } from '../../ui/format';
import { noticeTone } from '../../ui/tones';

/** Sourced candidates who still have to be told about the processing (art. 14). */
export function NoticesDue({ onOpen }: { readonly onOpen: (id: number) => void }) {
  const { t, locale } = useT();
  const { api } = useClient();
  const due = useLoad(useCallback(() => api['notice.due']({}), [api]));
  const record = useAction(api['notice.record']);
  const [done, setDone] = useState<string | undefined>(undefined);

  const markInformed = (candidateId: number, label: string): void => {
    setDone(undefined);
    void record.run({ candidateId, informedOn: todayLocal() }).then((n) => {
      if (!n) return;
      setDone(label);
      due.reload();
    });
  };

  return (
    <Card title={t('requests.noticesTitle')} description={t('requests.noticesIntro')} testId="notices-due">
      {due.state.kind === 'loading' ? <Loading /> : null}
      {due.state.kind === 'error' ? <LoadError code={due.state.code} onRetry={due.reload} /> : null}
      <ActionError code={record.error} />
      <LiveRegion>{done ? <Alert tone="success">{`${done}: ${t('notice.recorded')}`}</Alert> : null}</LiveRegion>
      {due.state.kind === 'ok' && due.state.value.length === 0 ? (
        <p className="all-clear" data-testid="notices-empty">
          <Icon name="checkCircle" size={18} />
          {t('requests.noticesEmpty')}
        </p>
      ) : null}
      {due.state.kind === 'ok' && due.state.value.length > 0 ? (
        <TableFrame
          caption={t('requests.noticesTitle')}
          columns={[
            { label: t('requests.col.candidate') },
            { label: t('requests.col.obtained') },
            { label: t('requests.col.due') },
            { label: t('requests.col.status') },
            { label: t('requests.col.actions'), hidden: true },
          ]}
          testId="notices-table"
        >
          {due.state.value.map((d) => {
            const label = d.name ?? d.ref;
            return (
              <tr key={d.candidateId} data-testid="notice-row">
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(d.candidateId)}>
                    {label}
                  </button>
                  <code className="ref cell-note">{d.ref}</code>
                </th>
                <td>{d.notice.obtainedOn ? formatDate(d.notice.obtainedOn, locale) : '—'}</td>
                <td className="nowrap">{d.notice.dueOn ? formatDate(d.notice.dueOn, locale) : '—'}</td>
                <td>
                  <Badge tone={noticeTone(d.notice.status)} dot>
                    {t(`notice.status.${d.notice.status}`)}
                  </Badge>
                </td>
                <td className="row-actions">
                  <Button
                    size="sm"
                    icon="check"
                    onClick={() => markInformed(d.candidateId, label)}
                    disabled={record.busy}
                    aria-label={t('requests.markInformedLabel', { name: label })}
                  >
                    {t('requests.markInformed')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </TableFrame>
      ) : null}
    </Card>
  );
}
