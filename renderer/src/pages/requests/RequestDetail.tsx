import { useState, type FormEvent } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import { VERIFICATION_METHODS, type RightsRequest } from '../../../../shared/rights/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate, formatDateTime, todayLocal } from '../../ui/format';
import { AnswerStep } from './AnswerStep';
import { ExtendForm } from './ExtendForm';
import { extensionMonthsLeft, requestTone, stepOf } from './request-model';

interface RequestDetailProps {
  readonly request: RightsRequest;
  readonly onChange: (request: RightsRequest) => void;
  readonly onErased: (result: EraseResult) => void;
  readonly onOpenCandidate: (id: number) => void;
}

/** One request from receipt to closing: identity first, then the answer, an extension if needed, and what was done. */
export function RequestDetail({ request: r, onChange, onErased, onOpenCandidate }: RequestDetailProps) {
  const { t, locale } = useT();
  const step = stepOf(r);
  const today = todayLocal();
  const canExtend = extensionMonthsLeft(r, today) > 0;
  const mustTell = r.status === 'open' && r.extensionMonths > 0 && today <= r.firstDueOn;

  return (
    <section className="card rights-detail" aria-labelledby={`rq-${r.id}`} data-testid="request-detail" data-ref={r.ref} data-step={step}>
      <header className="card-header rights-detail-head">
        <div>
          <h3 className="card-title" id={`rq-${r.id}`}>
            {t('rights.detail.title', { type: t(`rights.type.${r.type}`), ref: r.ref })}
          </h3>
          <p className="card-description">
            {t('rights.detail.summary', { received: formatDate(r.receivedOn, locale), channel: t(`rights.channel.${r.channel}`) })}{' '}
            <button type="button" className="link-button" onClick={() => onOpenCandidate(r.candidateId)}>
              {r.candidateRef}
            </button>
          </p>
        </div>
        <Badge tone={requestTone(r)} dot>
          {r.status === 'closed' ? t('rights.status.closed') : t('rights.detail.due', { date: formatDate(r.dueOn, locale) })}
        </Badge>
      </header>
      <div className="card-body stack-lg">
        {mustTell ? (
          <Alert tone="warning" title={t('rights.extend.tellTitle')} testId="extension-reminder">
            {t('rights.extend.tellBody', { date: formatDate(r.firstDueOn, locale), count: r.extensionMonths })}
          </Alert>
        ) : null}
        {r.extensionReason ? (
          <p className="muted" data-testid="extension-reason">
            {t('rights.extend.recorded', { count: r.extensionMonths, date: formatDate(r.extendedOn ?? r.receivedOn, locale) })} {r.extensionReason}
          </p>
        ) : null}
        <ol className="rights-steps">
          <li className={step === 'verify' ? 'rights-step rights-step-current' : 'rights-step rights-step-done'}>
            <h4 className="rights-step-title">{t('rights.step.identity')}</h4>
            {r.verification ? (
              <p data-testid="identity-verified">
                {t('rights.identity.done', {
                  method: t(`rights.method.${r.verification.method}`),
                  by: r.verification.by,
                  at: formatDateTime(r.verification.at, locale),
                })}
              </p>
            ) : r.status === 'open' ? (
              <VerifyForm request={r} onVerified={onChange} />
            ) : (
              <p className="muted">{t('rights.identity.never')}</p>
            )}
          </li>
          <li className={step === 'answer' ? 'rights-step rights-step-current' : step === 'closed' ? 'rights-step rights-step-done' : 'rights-step'}>
            <h4 className="rights-step-title">{t('rights.step.answer')}</h4>
            {step === 'verify' ? <p className="muted">{t('rights.answer.locked')}</p> : null}
            {step === 'answer' ? <AnswerStep request={r} onErased={onErased} onOpenCandidate={onOpenCandidate} /> : null}
            {step === 'closed' ? <p className="muted">{t('rights.answer.closed')}</p> : null}
          </li>
          <li className={step === 'closed' ? 'rights-step rights-step-done' : 'rights-step'}>
            <h4 className="rights-step-title">{t('rights.step.close')}</h4>
            {r.status === 'closed' ? (
              <div data-testid="request-closed">
                <p>{t('rights.close.done', { date: formatDate(r.closedOn ?? today, locale), by: r.closedBy ?? '' })}</p>
                <p className="rights-outcome">{r.outcome}</p>
              </div>
            ) : (
              <CloseForm request={r} onClosed={onChange} />
            )}
          </li>
        </ol>
        {canExtend ? <ExtendForm request={r} onExtended={onChange} /> : null}
      </div>
    </section>
  );
}

function VerifyForm({ request, onVerified }: { readonly request: RightsRequest; readonly onVerified: (r: RightsRequest) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const verify = useAction(api['rights.verifyIdentity']);
  const [method, setMethod] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const m = VERIFICATION_METHODS.find((v) => v === method);
    if (!m) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void verify.run({ id: request.id, method: m }).then((r) => {
      if (r) onVerified(r);
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('rights.step.identity')}>
      <p className="field-hint">{t('rights.identity.intro')}</p>
      <div className="form-row form-row-end">
        <SelectField
          label={t('rights.identity.method')}
          value={method}
          onChange={(v) => {
            setMethod(v);
            setMissing(false);
          }}
          placeholder={t('rights.record.choose')}
          options={VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`rights.method.${m}`) }))}
          error={missing ? t('rights.identity.needMethod') : undefined}
          testId="verify-method"
        />
        <div className="field-action">
          <Button type="submit" variant="primary" icon="shieldCheck" busy={verify.busy} data-testid="verify-submit">
            {t('rights.identity.submit')}
          </Button>
        </div>
      </div>
      <ActionError code={verify.error} />
    </form>
  );
}

function CloseForm({ request, onClosed }: { readonly request: RightsRequest; readonly onClosed: (r: RightsRequest) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const close = useAction(api['rights.close']);
  const [outcome, setOutcome] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (outcome.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    void close.run({ id: request.id, outcome: outcome.trim() }).then((r) => {
      if (r) onClosed(r);
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('rights.step.close')}>
      <TextAreaField
        label={t('rights.close.outcome')}
        value={outcome}
        onChange={(v) => {
          setOutcome(v);
          setTooShort(false);
        }}
        maxLength={2000}
        hint={t('rights.close.hint')}
        error={tooShort ? t('rights.close.needOutcome') : undefined}
        testId="close-outcome"
      />
      <ActionError code={close.error} />
      <div className="form-actions">
        <Button type="submit" icon="check" busy={close.busy} data-testid="close-submit">
          {t('rights.close.submit')}
        </Button>
      </div>
    </form>
  );
}
