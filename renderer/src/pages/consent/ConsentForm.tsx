import { useId, useState, type FormEvent } from 'react';
import type { Client } from '../../../../shared/contract';
import type { ConsentOverview } from '../../../../shared/consent/overview';
import { BASES, type Basis, type Purpose, type PurposeState } from '../../../../shared/consent/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Checkbox } from '../../components/Checkbox';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { bytesToBase64 } from '../../lib/base64';
import { todayLocal } from '../../ui/format';
import {
  MAX_EVIDENCE_BYTES,
  RECORDABLE_METHODS,
  RECORDABLE_STATUSES,
  toRecordInput,
  validateDraft,
  type ConsentDraft,
  type RecordableMethod,
} from './consent-form-model';

interface ConsentFormProps {
  readonly candidateId: number;
  readonly state: PurposeState;
  readonly clients: readonly Client[];
  readonly onRecorded: (overview: ConsentOverview) => void;
  readonly onCancel: () => void;
}

/** One consent event for one purpose: basis, status, how we know, evidence, scope and expiry. */
export function ConsentForm({ candidateId, state, clients, onRecorded, onCancel }: ConsentFormProps) {
  const { t } = useT();
  const { api } = useClient();
  const record = useAction(api['consent.record']);
  const purpose: Purpose = state.purpose;
  const [draft, setDraft] = useState<ConsentDraft>({
    basis: state.basis ?? 'consent',
    status: 'given',
    method: '',
    note: '',
    clientIds: state.clientIds,
    expiresOn: state.expiresOn ?? '',
  });
  const [evidence, setEvidence] = useState<File | undefined>(undefined);
  const [submitted, setSubmitted] = useState(false);
  const statusName = useId();
  const today = todayLocal();
  const errors = validateDraft(draft, today);
  const evidenceTooLarge = evidence !== undefined && evidence.size > MAX_EVIDENCE_BYTES;
  const given = draft.status === 'given';

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.expiresOn || evidenceTooLarge) return;
    void (async () => {
      const input = toRecordInput(candidateId, purpose, draft);
      const file = evidence ? { evidence: { fileName: evidence.name, data: bytesToBase64(new Uint8Array(await evidence.arrayBuffer())) } } : {};
      const overview = await record.run({ ...input, ...file });
      if (overview) onRecorded(overview);
    })();
  };

  return (
    <form className="consent-form" onSubmit={onSubmit} noValidate data-testid="consent-form" aria-labelledby="consent-form-title">
      <h3 className="consent-form-title" id="consent-form-title">
        {t('consent.formTitle', { purpose: t(`purpose.${purpose}`) })}
      </h3>
      <div className="form-row">
        <SelectField
          label={t('consent.formBasis')}
          value={draft.basis}
          onChange={(v) => setDraft({ ...draft, basis: v as Basis })}
          options={BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
          testId="consent-basis"
        />
        <SelectField
          label={t('consent.formMethod')}
          value={draft.method}
          onChange={(v) => setDraft({ ...draft, method: v as RecordableMethod | '' })}
          options={RECORDABLE_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
          placeholder={t('consent.formMethodPlaceholder')}
          testId="consent-method"
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">{t('consent.formStatus')}</legend>
        <div className="segmented" role="radiogroup">
          {RECORDABLE_STATUSES.map((s) => (
            <label key={s} className={draft.status === s ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name={statusName}
                value={s}
                checked={draft.status === s}
                onChange={() => setDraft({ ...draft, status: s })}
                data-testid={`consent-status-${s}`}
              />
              <span>{t(`consent.status.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {given && purpose === 'client-sharing' ? (
        <fieldset className="fieldset">
          <legend className="field-label">{t('consent.formScope')}</legend>
          {clients.length === 0 ? (
            <p className="field-hint">{t('consent.formScopeNone')}</p>
          ) : (
            <>
              <div className="check-grid">
                {clients.map((c) => (
                  <Checkbox
                    key={c.id}
                    checked={draft.clientIds.includes(c.id)}
                    onChange={(on) =>
                      setDraft({ ...draft, clientIds: on ? [...draft.clientIds, c.id] : draft.clientIds.filter((id) => id !== c.id) })
                    }
                    testId={`consent-scope-${c.id}`}
                  >
                    {c.name}
                  </Checkbox>
                ))}
              </div>
              <p className="field-hint">{t('consent.formScopeHint')}</p>
            </>
          )}
        </fieldset>
      ) : null}
      <div className="form-row">
        {given ? (
          <TextField
            label={`${t('consent.formExpires')} (${t('common.optional')})`}
            type="date"
            min={today}
            value={draft.expiresOn}
            onChange={(v) => setDraft({ ...draft, expiresOn: v })}
            error={submitted && errors.expiresOn ? t('consent.formExpiresPast') : undefined}
            data-testid="consent-expires"
          />
        ) : null}
        <Field
          label={`${t('consent.formEvidence')} (${t('common.optional')})`}
          hint={t('consent.formEvidenceHint')}
          error={evidenceTooLarge ? t('consent.formEvidenceTooLarge') : undefined}
        >
          {({ input, describedBy }) => (
            <input
              id={input}
              type="file"
              className="file-input"
              aria-describedby={describedBy}
              onChange={(e) => setEvidence(e.target.files?.[0])}
              data-testid="consent-evidence"
            />
          )}
        </Field>
      </div>
      <TextAreaField
        label={`${t('consent.formNote')} (${t('common.optional')})`}
        hint={t('consent.formNoteHint')}
        value={draft.note}
        onChange={(v) => setDraft({ ...draft, note: v })}
        maxLength={2000}
        testId="consent-note"
      />
      <ActionError code={record.error} testId="consent-error" />
      <FormActions submitLabel={t('consent.formSubmit')} busy={record.busy} submitTestId="consent-submit" onCancel={onCancel} />
    </form>
  );
}
