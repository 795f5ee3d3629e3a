import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Tabs } from '../../components/Tabs';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import type { PageProps } from '../../shell/PageProps';
import { ConsentTab } from '../consent/ConsentTab';
import { CandidateHeader } from './CandidateHeader';
import { CvView } from './CvView';
import { ExtractedTextView } from './ExtractedTextView';
import { SourcesCard, VersionsCard } from './VersionsCard';

type TabId = 'cv' | 'consent' | 'versions';

/** One candidate: header, then the CV beside its original text, consent and sharing, sources and versions. */
export function CandidatePage({ candidateId, navigate, openCandidate }: PageProps & { readonly candidateId: number }) {
  const { t } = useT();
  const { api } = useClient();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<TabId>('cv');
  const detail = useLoad(
    useCallback(() => api['candidates.get']({ id: candidateId, ...(version !== undefined ? { version } : {}) }), [api, candidateId, version]),
  );

  const back = (
    <Button variant="ghost" size="sm" icon="arrowLeft" onClick={() => navigate('candidates')} data-testid="back-to-list">
      {t('candidate.back')}
    </Button>
  );
  if (detail.state.kind === 'loading')
    return (
      <div className="stack">
        <div>{back}</div>
        <Loading testId="candidate-loading" />
      </div>
    );
  if (detail.state.kind === 'error')
    return (
      <div className="stack">
        <div>{back}</div>
        <LoadError code={detail.state.code} onRetry={detail.reload} />
      </div>
    );
  const candidate = detail.state.value;
  const latest = Math.max(...candidate.versions.map((v) => v.version), candidate.version);

  return (
    <div className="stack-lg" data-testid="candidate-page">
      <div>{back}</div>
      <CandidateHeader candidate={candidate} />
      {candidate.version !== latest ? (
        <Alert tone="info">{t('candidate.viewingVersion', { version: candidate.version, total: candidate.versions.length })}</Alert>
      ) : null}
      <Tabs<TabId>
        label={t('candidate.tabsLabel')}
        current={tab}
        onChange={setTab}
        tabs={[
          { id: 'cv', label: t('candidate.tab.cv') },
          { id: 'consent', label: t('candidate.tab.consent') },
          { id: 'versions', label: t('candidate.tab.versions') },
        ]}
      >
        {tab === 'cv' ? (
          <div className="cv-layout">
            <CvView cv={candidate.cv} />
            <ExtractedTextView candidateId={candidate.id} version={candidate.version} />
          </div>
        ) : null}
        {tab === 'consent' ? <ConsentTab candidateId={candidate.id} language={candidate.language} onOpenSettings={() => navigate('settings')} /> : null}
        {tab === 'versions' ? (
          <div className="versions-layout">
            <VersionsCard
              candidate={candidate}
              onShow={(v) => {
                setVersion(v);
                setTab('cv');
              }}
              onSplit={openCandidate}
            />
            <SourcesCard candidate={candidate} />
          </div>
        ) : null}
      </Tabs>
    </div>
  );
}
