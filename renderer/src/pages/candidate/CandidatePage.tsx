import { useCallback, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadError } from '../../components/LoadError';
import { LiveRegion } from '../../components/LiveRegion';
import { Loading } from '../../components/Loading';
import { Tabs } from '../../components/Tabs';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import type { PageProps } from '../../shell/PageProps';
import { ConsentTab } from '../consent/ConsentTab';
import { ExportDialog } from '../export/ExportDialog';
import { RectifyAction } from '../rectify/RectifyAction';
import { ReviewTab } from '../review/ReviewTab';
import { CandidateRightsTab } from '../rights/CandidateRightsTab';
import { FlagsBanner } from '../rights/FlagsBanner';
import { CandidateHeader } from './CandidateHeader';
import { CandidateShares } from './CandidateShares';
import { CvView } from './CvView';
import { ExtractedTextView } from './ExtractedTextView';
import { SourcesCard, VersionsCard } from './VersionsCard';

type TabId = 'cv' | 'review' | 'consent' | 'shares' | 'versions' | 'rights';

/** One candidate: header, then the CV beside its original text, consent and sharing, sources and versions. */
export function CandidatePage({ candidateId, navigate, openCandidate }: PageProps & { readonly candidateId: number }) {
  const { t } = useT();
  const { api } = useClient();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<TabId>('cv');
  const [exporting, setExporting] = useState(false);
  const [sharesRevision, setSharesRevision] = useState(0);
  const [rectified, setRectified] = useState<number | undefined>(undefined);
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
      <div className="candidate-actions">
        {back}
        <div className="candidate-actions-end">
          {candidate.version === latest ? (
            <RectifyAction
              candidate={candidate}
              onSaved={(v) => {
                setRectified(v);
                setVersion(undefined);
                detail.reload();
              }}
              onReload={() => {
                setVersion(undefined);
                detail.reload();
              }}
            />
          ) : null}
          <Button variant="primary" icon="send" onClick={() => setExporting(true)} data-testid="open-export">
            {t('export.open')}
          </Button>
        </div>
      </div>
      {/* An earlier version shows the name it held, as its contact details and CV do (art. 16 keeps them). */}
      <CandidateHeader candidate={candidate.version === latest ? candidate : { ...candidate, name: candidate.cv.contact.name ?? candidate.name }} />
      <FlagsBanner candidateId={candidate.id} />
      <LiveRegion>
        {rectified !== undefined && rectified === candidate.version ? (
          <Alert tone="success" testId="rectify-saved">
            {t('rectify.saved', { version: rectified })}
          </Alert>
        ) : null}
      </LiveRegion>
      {candidate.version !== latest ? (
        <Alert tone="info">{t('candidate.viewingVersion', { version: candidate.version, total: candidate.versions.length })}</Alert>
      ) : null}
      <Tabs<TabId>
        label={t('candidate.tabsLabel')}
        current={tab}
        onChange={setTab}
        tabs={[
          { id: 'cv', label: t('candidate.tab.cv') },
          { id: 'review', label: t('candidate.tab.review') },
          { id: 'consent', label: t('candidate.tab.consent') },
          { id: 'shares', label: t('candidate.tab.shares') },
          { id: 'versions', label: t('candidate.tab.versions') },
          { id: 'rights', label: t('candidate.tab.rights') },
        ]}
      >
        {tab === 'cv' ? (
          <div className="cv-layout">
            <CvView cv={candidate.cv} />
            <ExtractedTextView candidateId={candidate.id} version={candidate.version} />
          </div>
        ) : null}
        {tab === 'review' ? <ReviewTab candidateId={candidate.id} /> : null}
        {tab === 'rights' ? (
          <CandidateRightsTab candidateId={candidate.id} candidateRef={candidate.ref} onOpenCandidate={openCandidate} onErased={() => navigate('candidates')} />
        ) : null}
        {tab === 'shares' ? <CandidateShares candidateId={candidate.id} revision={sharesRevision} /> : null}
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
      {exporting ? (
        <ExportDialog
          candidateId={candidate.id}
          onClose={() => setExporting(false)}
          onExported={() => setSharesRevision((n) => n + 1)}
          onGo={(place) => {
            setExporting(false);
            if (place === 'clients') navigate('clients');
            else setTab(place);
          }}
        />
      ) : null}
    </div>
  );
}
