import { useState, type FormEvent } from 'react';
import type { NoticeState } from '../../../../shared/consent/notice';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { FormActions } from '../../components/FormActions';
import { LiveRegion } from '../../components/LiveRegion';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate, todayLocal } from '../../ui/format';
import { noticeTone } from '../../ui/tones';

interface NoticeCardProps {
  readonly candidateId: number;
  readonly notice: NoticeState;
  readonly onChange: (notice: NoticeState) => void;
}

/** Art. 14: when the CV was obtained, the deadline, and recording that the candidate was informed. */
export function NoticeCard({ candidateId, notice, onChange }: NoticeCardProps) {
  const { t, locale } = useT();
  const { api } = useClient();
  const record = useAction(api['notice.record']);
  const [informedOn, setInformedOn] = useState(todayLocal());
  const [firstContactOn, setFirstContactOn] = useState(notice.firstContactOn ?? '');
  const [method, setMethod] = useState('');
  const [done, setDone] = useState(false);

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setDone(false);
    const m = method.trim();
    void record
      .run({
        candidateId,
        ...(informedOn ? { informedOn } : {}),
        ...(firstContactOn ? { firstContactOn } : {}),
        ...(m ? { method: m } : {}),
      })
      .then((n) => {
        if (!n) return;
        onChange(n);
        setDone(true);
      });
  };

  const rows: [string, string | undefined][] = [
    [t('notice.obtainedOn'), notice.obtainedOn],
    [t('notice.dueOn'), notice.status === 'done' ? undefined : notice.dueOn],
    [t('notice.informedOn'), notice.informedOn],
    [t('notice.firstContactOn'), notice.firstContactOn],
  ];

  return (
    <Card title={t('notice.title')} description={t('notice.intro')} testId="notice-card">
      <div className="stack">
        <p className="notice-status">
          <Badge tone={noticeTone(notice.status)} dot>
            <span data-testid="notice-status">{t(`notice.status.${notice.status}`)}</span>
          </Badge>
          {!notice.required ? <span className="muted">{t('notice.notRequired')}</span> : null}
        </p>
        <dl className="details">
          {rows
            .filter((r): r is [string, string] => r[1] !== undefined)
            .map(([label, date]) => (
              <div key={label} className="details-row">
                <dt>{label}</dt>
                <dd>{formatDate(date, locale)}</dd>
              </div>
            ))}
        </dl>
        {notice.required && notice.status !== 'done' ? (
          <form className="stack notice-form" onSubmit={onSubmit} noValidate aria-label={t('notice.formTitle')} data-testid="notice-form">
            <div className="form-row">
              <TextField label={t('notice.informedOn')} type="date" max={todayLocal()} value={informedOn} onChange={setInformedOn} data-testid="notice-informed" />
              <TextField
                label={`${t('notice.firstContactOn')} (${t('common.optional')})`}
                type="date"
                value={firstContactOn}
                onChange={setFirstContactOn}
              />
            </div>
            <TextField label={`${t('notice.method')} (${t('common.optional')})`} value={method} onChange={setMethod} placeholder={t('notice.methodPlaceholder')} maxLength={100} />
            <ActionError code={record.error} />
            <FormActions submitLabel={t('notice.record')} busy={record.busy} submitTestId="notice-submit" />
          </form>
        ) : null}
        <LiveRegion>{done ? <Alert tone="success">{t('notice.recorded')}</Alert> : null}</LiveRegion>
      </div>
    </Card>
  );
}
