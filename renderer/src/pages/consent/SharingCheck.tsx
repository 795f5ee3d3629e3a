import { useCallback } from 'react';
import type { Client } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';

interface SharingCheckProps {
  readonly candidateId: number;
  readonly clients: readonly Client[];
  readonly clientId: number | undefined;
  readonly onClient: (id: number | undefined) => void;
  /** Changes whenever consent or notice changed, so the answer is asked again. */
  readonly revision: unknown;
}

/** "May I send this CV to this client?" answered by the core's gate, with every reason why not. */
export function SharingCheck({ candidateId, clients, clientId, onClient, revision }: SharingCheckProps) {
  const { t, error } = useT();
  const { api } = useClient();
  const decision = useLoad(
    useCallback(
      () => api['sharing.check']({ candidateId, ...(clientId !== undefined ? { clientId } : {}) }),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` is a re-check trigger
      [api, candidateId, clientId, revision],
    ),
  );
  const client = clients.find((c) => c.id === clientId);
  return (
    <Card title={t('sharing.title')} description={t('sharing.intro')} testId="sharing-check">
      <div className="stack">
        {clients.length > 0 ? (
          <SelectField
            label={t('sharing.client')}
            value={clientId === undefined ? '' : String(clientId)}
            onChange={(v) => onClient(v ? Number(v) : undefined)}
            placeholder={t('sharing.anyClient')}
            options={clients.map((c) => ({ value: String(c.id), label: `${c.name} (${c.country})` }))}
            testId="sharing-client"
          />
        ) : (
          <p className="muted">{t('sharing.noClients')}</p>
        )}
        <div aria-live="polite" aria-busy={decision.state.kind === 'loading' || (decision.state.kind === 'ok' && decision.state.refreshing)}>
          {decision.state.kind === 'loading' ? <Loading /> : null}
          {decision.state.kind === 'error' ? (
            decision.state.code === 'CLIENT_NOT_FOUND' ? (
              <Alert tone="error" code={decision.state.code}>
                {error(decision.state.code)}
              </Alert>
            ) : (
              <LoadError code={decision.state.code} onRetry={decision.reload} />
            )
          ) : null}
          {decision.state.kind === 'ok' ? (
            decision.state.value.allowed ? (
              <Alert tone="success" testId="sharing-allowed">
                {client ? t('sharing.allowed', { client: client.name }) : t('sharing.allowedAny')}
              </Alert>
            ) : (
              <Alert tone="error" title={t('sharing.blocked')} testId="sharing-blocked">
                <ul className="reason-list">
                  {decision.state.value.reasons.map((r) => (
                    <li key={r.code} data-testid="sharing-reason" data-code={r.code}>
                      {r.message}
                    </li>
                  ))}
                </ul>
              </Alert>
            )
          ) : null}
        </div>
      </div>
    </Card>
  );
}
