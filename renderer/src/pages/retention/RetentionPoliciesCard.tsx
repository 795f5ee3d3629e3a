import { useCallback, useState, type FormEvent } from 'react';
import type { RetentionPolicies } from '../../../../shared/rights/retention';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { Checkbox } from '../../components/Checkbox';
import { FormActions } from '../../components/FormActions';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { fromPolicyDraft, toPolicyDraft, type PolicyDraft } from './retention-model';

/** How long data is kept per situation; the review dates above follow from these. */
export function RetentionPoliciesCard({ onSaved }: { readonly onSaved: () => void }) {
  const { t } = useT();
  const { api } = useClient();
  const policies = useLoad(useCallback(() => api['retention.policies']({}), [api]));
  return (
    <Card title={t('retention.policy.title')} description={t('retention.policy.intro')} testId="retention-policies">
      {policies.state.kind === 'loading' ? <Loading /> : null}
      {policies.state.kind === 'error' ? <LoadError code={policies.state.code} onRetry={policies.reload} /> : null}
      {policies.state.kind === 'ok' ? (
        <PoliciesForm
          initial={policies.state.value}
          onSaved={(p) => {
            policies.set(p);
            onSaved();
          }}
        />
      ) : null}
    </Card>
  );
}

function PoliciesForm({ initial, onSaved }: { readonly initial: RetentionPolicies; readonly onSaved: (p: RetentionPolicies) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const save = useAction(api['retention.setPolicies']);
  const [draft, setDraft] = useState<PolicyDraft>(() => toPolicyDraft(initial));
  const [invalid, setInvalid] = useState<readonly (keyof PolicyDraft)[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setSaved(false);
    const parsed = fromPolicyDraft(draft);
    if (!parsed.ok) {
      setInvalid(parsed.fields);
      return;
    }
    setInvalid([]);
    void save.run(parsed.value).then((p) => {
      if (!p) return;
      setSaved(true);
      onSaved(p);
    });
  };
  const field = (key: 'notPlacedMonths' | 'placedMonths' | 'noticeDays', max: number) => (
    <TextField
      label={t(`retention.policy.${key}`)}
      inputMode="numeric"
      value={draft[key]}
      onChange={(v) => setDraft({ ...draft, [key]: v })}
      error={invalid.includes(key) ? t('retention.policy.range', { max }) : undefined}
      className="input-short"
      data-testid={`policy-${key}`}
    />
  );

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('retention.policy.title')}>
      <div className="form-row">
        {field('notPlacedMonths', 120)}
        {field('placedMonths', 600)}
        {field('noticeDays', 365)}
      </div>
      <Checkbox checked={draft.talentPoolUntilConsentExpiry} onChange={(c) => setDraft({ ...draft, talentPoolUntilConsentExpiry: c })} testId="policy-talent-pool">
        {t('retention.policy.talentPool')}
      </Checkbox>
      <Checkbox checked={draft.autoErase} onChange={(c) => setDraft({ ...draft, autoErase: c })} testId="policy-auto-erase">
        {t('retention.policy.autoErase')}
      </Checkbox>
      {draft.autoErase ? (
        <Alert tone="warning" testId="policy-auto-erase-warning">
          {t('retention.policy.autoEraseWarning')}
        </Alert>
      ) : (
        <p className="field-hint">{t('retention.policy.manual')}</p>
      )}
      <ActionError code={save.error} />
      <LiveRegion>{saved ? <Alert tone="success">{t('common.saved')}</Alert> : null}</LiveRegion>
      <FormActions submitLabel={t('common.save')} busy={save.busy} submitTestId="policy-save" />
    </form>
  );
}
