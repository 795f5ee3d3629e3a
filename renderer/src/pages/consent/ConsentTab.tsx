import { useCallback, useState } from 'react';
import type { Client } from '../../../../shared/contract';
import type { ConsentOverview } from '../../../../shared/consent/overview';
import type { Language } from '../../../../shared/cv/model';
import { useClient } from '../../api/ClientContext';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { ConsentHistory } from './ConsentHistory';
import { ConsentPanel } from './ConsentPanel';
import { NoticeCard } from './NoticeCard';
import { RequestTextCard } from './RequestTextCard';
import { SharingCheck } from './SharingCheck';

interface ConsentTabProps {
  readonly candidateId: number;
  readonly language: Language;
  readonly onOpenSettings: () => void;
}

const NO_CLIENTS: readonly Client[] = [];

/** Consent per purpose, the art. 14 notice, the sharing gate and the consent request, side by side. */
export function ConsentTab({ candidateId, language, onOpenSettings }: ConsentTabProps) {
  const { api } = useClient();
  const consent = useLoad(useCallback(() => api['consent.get']({ candidateId }), [api, candidateId]));
  const clientList = useLoad(useCallback(() => api['clients.list']({}), [api]));
  const [clientId, setClientId] = useState<number | undefined>(undefined);
  const clients = clientList.state.kind === 'ok' ? clientList.state.value : NO_CLIENTS;

  if (consent.state.kind === 'loading') return <Loading testId="consent-loading" />;
  if (consent.state.kind === 'error') return <LoadError code={consent.state.code} onRetry={consent.reload} />;
  const overview: ConsentOverview = consent.state.value;

  return (
    <div className="stack-lg">
      <div className="consent-layout">
        <SharingCheck candidateId={candidateId} clients={clients} clientId={clientId} onClient={setClientId} revision={overview} />
        <NoticeCard candidateId={candidateId} notice={overview.notice} onChange={(notice) => consent.set({ ...overview, notice })} />
      </div>
      <ConsentPanel overview={overview} clients={clients} onChange={consent.set} />
      <div className="consent-layout">
        <ConsentHistory history={overview.history} clients={clients} />
        <RequestTextCard
          candidateId={candidateId}
          candidateLanguage={language}
          client={clients.find((c) => c.id === clientId)}
          onOpenSettings={onOpenSettings}
        />
      </div>
    </div>
  );
}
