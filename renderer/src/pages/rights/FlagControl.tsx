import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { EraseResult } from '../../../../shared/contract';

type Recipient = EraseResult['recipients'][number];
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { onFlagsChanged, signalFlagsChanged } from './flag-signal';
import { RecipientsList } from './RecipientsList';

type Flag = 'restriction' | 'objection';

interface FlagControlProps {
  readonly candidateId: number;
  readonly flag: Flag;
  /** Filled into the reason, e.g. the request's reference. */
  readonly reasonNote?: string;
}

/** Sets or lifts a restriction (art. 18) or objection (art. 21); the data stays, sharing and mails stop. */
export function FlagControl({ candidateId, flag, reasonNote }: FlagControlProps) {
  const { t } = useT();
  const { api } = useClient();
  const state = useLoad(useCallback(() => api['consent.get']({ candidateId }), [api, candidateId]));
  const change = useAction(api['rights.restrict']);
  const [reason, setReason] = useState(reasonNote ?? '');
  const [done, setDone] = useState<{ readonly recipients: readonly Recipient[]; readonly on: boolean } | undefined>(undefined);
  const { reload } = state;
  useEffect(() => onFlagsChanged((id) => id === candidateId && reload()), [candidateId, reload]);

  if (state.state.kind === 'loading') return <Loading />;
  if (state.state.kind === 'error') return <LoadError code={state.state.code} onRetry={reload} />;
  const on = flag === 'restriction' ? state.state.value.restricted : state.state.value.objected;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setDone(undefined);
    const why = reason.trim();
    void change.run({ candidateId, flag, lift: on, ...(why ? { reason: why } : {}) }).then((r) => {
      if (!r) return;
      setDone({ recipients: r.recipients, on: flag === 'restriction' ? r.restricted : r.objected });
      setReason('');
      signalFlagsChanged(candidateId);
    });
  };

  return (
    <form className="stack flag-control" onSubmit={submit} noValidate aria-label={t(`rights.flag.${flag}`)} data-testid={`flag-${flag}`} data-on={on}>
      <p className="flag-state">
        <Badge tone={on ? 'danger' : 'neutral'} dot>
          <span data-testid={`flag-${flag}-state`}>{t(on ? `rights.flag.${flag}.on` : `rights.flag.${flag}.off`)}</span>
        </Badge>
      </p>
      <p className="field-hint">{t(`rights.flag.${flag}.hint`)}</p>
      <div className="form-row form-row-end">
        <TextField
          label={`${t(on ? 'rights.flag.liftReason' : 'rights.flag.reason')} (${t('common.optional')})`}
          value={reason}
          onChange={setReason}
          maxLength={2000}
          data-testid={`flag-${flag}-reason`}
        />
        <div className="field-action">
          <Button type="submit" variant="secondary" icon={on ? 'unlock' : 'ban'} busy={change.busy} data-testid={`flag-${flag}-submit`}>
            {t(on ? `rights.flag.${flag}.lift` : `rights.flag.${flag}.set`)}
          </Button>
        </div>
      </div>
      <ActionError code={change.error} />
      <LiveRegion>
        {done ? (
          <Alert tone="success" testId={`flag-${flag}-done`}>
            <p>{t(done.on ? `rights.flag.${flag}.doneOn` : `rights.flag.${flag}.doneOff`)}</p>
            <RecipientsList recipients={done.recipients} />
          </Alert>
        ) : null}
      </LiveRegion>
    </form>
  );
}
