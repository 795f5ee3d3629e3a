import { useCallback, useState, type FormEvent } from 'react';
import { CHANNELS, RIGHT_TYPES, type RightsRequest } from '../../../../shared/rights/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { todayLocal } from '../../ui/format';
import { toRecordInput, type RecordProblem } from './request-model';

interface RecordRequestFormProps {
  /** Set on the candidate's own page; otherwise the consultant searches for the candidate. */
  readonly candidate?: { readonly id: number; readonly ref: string } | undefined;
  readonly onRecorded: (request: RightsRequest) => void;
  readonly onCancel: () => void;
}

/** Type, date received and channel; the due date follows from the date received. */
export function RecordRequestForm({ candidate, onRecorded, onCancel }: RecordRequestFormProps) {
  const { t } = useT();
  const { api } = useClient();
  const add = useAction(api['rights.add']);
  const [candidateId, setCandidateId] = useState<number | undefined>(candidate?.id);
  const [type, setType] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayLocal());
  const [channel, setChannel] = useState('email');
  const [problems, setProblems] = useState<readonly RecordProblem[]>([]);
  const has = (p: RecordProblem): boolean => problems.includes(p);
  // A field's message goes as soon as that field is changed, not only on the next submit.
  const fixed =
    <T,>(set: (v: T) => void, ...solves: RecordProblem[]) =>
    (v: T): void => {
      set(v);
      setProblems((ps) => ps.filter((p) => !solves.includes(p)));
    };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const checked = toRecordInput({ candidateId, type, receivedOn, channel }, todayLocal());
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    void add.run(checked.input).then((r) => {
      if (r) onRecorded(r);
    });
  };

  return (
    <form className="stack rights-form" onSubmit={submit} noValidate aria-label={t('rights.record.title')} data-testid="record-request-form">
      <h3 className="consent-form-title">{t('rights.record.title')}</h3>
      {candidate ? null : <CandidatePicker value={candidateId} onChange={fixed(setCandidateId, 'candidate')} error={has('candidate') ? t('rights.record.needCandidate') : undefined} />}
      <div className="form-row">
        <SelectField
          label={t('rights.record.type')}
          value={type}
          onChange={fixed(setType, 'type')}
          placeholder={t('rights.record.choose')}
          options={RIGHT_TYPES.map((r) => ({ value: r, label: t(`rights.type.${r}`) }))}
          error={has('type') ? t('rights.record.needType') : undefined}
          testId="request-type"
        />
        <TextField
          label={t('rights.record.receivedOn')}
          type="date"
          max={todayLocal()}
          value={receivedOn}
          onChange={fixed(setReceivedOn, 'receivedOn', 'receivedFuture')}
          error={has('receivedOn') ? t('rights.record.needDate') : has('receivedFuture') ? t('rights.record.futureDate') : undefined}
          data-testid="request-received"
        />
        <SelectField
          label={t('rights.record.channel')}
          value={channel}
          onChange={setChannel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`rights.channel.${c}`) }))}
          testId="request-channel"
        />
      </div>
      <p className="field-hint">{t('rights.record.dueHint')}</p>
      <ActionError code={add.error} />
      <FormActions submitLabel={t('rights.record.submit')} busy={add.busy} submitTestId="request-submit" onCancel={onCancel} />
    </form>
  );
}

/** Search by name, reference or e-mail, then pick one of the matches. */
function CandidatePicker({ value, onChange, error }: { readonly value: number | undefined; readonly onChange: (id: number | undefined) => void; readonly error: string | undefined }) {
  const { t } = useT();
  const { api } = useClient();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const found = useLoad(useCallback(() => api['candidates.list']({ ...(q ? { query: q } : {}), limit: 20, offset: 0 }), [api, q]));
  const items = found.state.kind === 'ok' ? found.state.value.items : [];
  return (
    <div className="form-row">
      <TextField
        label={t('rights.record.findCandidate')}
        type="search"
        value={query}
        onChange={(v) => {
          // A new search starts a new choice: never keep a candidate the list no longer shows.
          setQuery(v);
          onChange(undefined);
        }}
        placeholder={t('candidates.searchPlaceholder')}
        maxLength={200}
        data-testid="request-candidate-search"
      />
      <SelectField
        label={t('rights.record.candidate')}
        value={value === undefined ? '' : String(value)}
        onChange={(v) => onChange(v ? Number(v) : undefined)}
        placeholder={items.length > 0 ? t('rights.record.choose') : t('rights.record.noMatch')}
        options={items.map((c) => ({ value: String(c.id), label: c.name ? `${c.name} (${c.ref})` : c.ref }))}
        error={error}
        testId="request-candidate"
      />
    </div>
  );
}
