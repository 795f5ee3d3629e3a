import { useState, type FormEvent } from 'react';
import { addMonths } from '../../../../shared/dates';
import type { RightsRequest } from '../../../../shared/rights/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate, todayLocal } from '../../ui/format';
import { extensionMonthsLeft } from './request-model';

/**
 * Up to two more months for a complex request (art. 12(3)), with the reason. Offered only while
 * the extension can still be told to the candidate within the first month.
 */
export function ExtendForm({ request, onExtended }: { readonly request: RightsRequest; readonly onExtended: (r: RightsRequest) => void }) {
  const { t, locale } = useT();
  const { api } = useClient();
  const extend = useAction(api['rights.extend']);
  const left = extensionMonthsLeft(request, todayLocal());
  const [open, setOpen] = useState(false);
  const [months, setMonths] = useState(String(left));
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);

  if (!open)
    return (
      <div>
        <Button variant="ghost" size="sm" icon="clock" onClick={() => setOpen(true)} data-testid="extend-open">
          {t('rights.extend.open')}
        </Button>
      </div>
    );

  const n = Math.min(left, Math.max(1, Number(months) || 1));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    void extend.run({ id: request.id, months: n, reason: reason.trim() }).then((r) => {
      if (!r) return;
      setOpen(false);
      setReason('');
      onExtended(r);
    });
  };
  return (
    <form className="stack rights-form" onSubmit={submit} noValidate aria-label={t('rights.extend.title')} data-testid="extend-form">
      <h4 className="consent-form-title">{t('rights.extend.title')}</h4>
      <div className="form-row">
        <SelectField
          label={t('rights.extend.months')}
          value={String(n)}
          onChange={setMonths}
          options={Array.from({ length: left }, (_, i) => i + 1).map((m) => ({
            value: String(m),
            label: t('rights.extend.monthsOption', { count: m, date: formatDate(addMonths(request.receivedOn, 1 + request.extensionMonths + m), locale) }),
          }))}
          testId="extend-months"
        />
      </div>
      <TextAreaField
        label={t('rights.extend.reason')}
        value={reason}
        onChange={(v) => {
          setReason(v);
          setTooShort(false);
        }}
        maxLength={2000}
        error={tooShort ? t('rights.extend.needReason') : undefined}
        testId="extend-reason"
      />
      <Alert tone="info">{t('rights.extend.tellBefore', { date: formatDate(request.firstDueOn, locale) })}</Alert>
      <ActionError code={extend.error} />
      <FormActions submitLabel={t('rights.extend.submit')} busy={extend.busy} submitTestId="extend-submit" onCancel={() => setOpen(false)} />
    </form>
  );
}
