import { useState } from 'react';
import type { CandidateDetail } from '../../../../shared/candidates/candidate';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';

interface VersionsCardProps {
  readonly candidate: CandidateDetail;
  readonly onShow: (version: number) => void;
  readonly onSplit: (candidateId: number) => void;
}

/** Each CV version with its file and source; show an older one, or split one off that is someone else's. */
export function VersionsCard({ candidate, onShow, onSplit }: VersionsCardProps) {
  const { t, locale } = useT();
  const { api } = useClient();
  const split = useAction(api['candidates.splitVersion']);
  const [confirming, setConfirming] = useState<number | undefined>(undefined);
  const versions = [...candidate.versions].sort((a, b) => b.version - a.version);
  return (
    <Card title={t('candidate.versionsTitle')} description={t('candidate.versionsIntro')} testId="versions">
      <ol className="version-list">
        {versions.map((v) => {
          const shown = v.version === candidate.version;
          return (
            <li key={v.version} className={shown ? 'version version-shown' : 'version'} data-testid="version-row">
              <div className="version-main">
                <p className="version-title">
                  <strong>{t('candidate.version', { version: v.version })}</strong>
                  {shown ? <Badge tone="accent">{t('candidate.versionCurrent')}</Badge> : null}
                </p>
                <p className="version-file">
                  {v.fileName ?? '—'}
                  {v.format ? <span className="cell-note">{v.format.toUpperCase()}</span> : null}
                  {v.pageCount ? <span className="cell-note">{t('candidate.pages', { count: v.pageCount })}</span> : null}
                </p>
                <p className="cell-note">
                  {formatDate(v.createdAt, locale)}
                  {v.source ? ` · ${t(`source.kind.${v.source.kind}`)}${v.source.detail ? ` (${v.source.detail})` : ''} · ${v.source.consultant}` : ''}
                </p>
              </div>
              <div className="version-actions">
                {!shown ? (
                  <Button size="sm" onClick={() => onShow(v.version)}>
                    {t('candidate.versionShow')}
                  </Button>
                ) : null}
                {candidate.versions.length > 1 ? (
                  confirming === v.version ? null : (
                    <Button size="sm" variant="ghost" onClick={() => setConfirming(v.version)}>
                      {t('candidate.versionSplit')}
                    </Button>
                  )
                ) : null}
              </div>
              {confirming === v.version ? (
                <div className="version-confirm" role="group">
                  <p>{t('candidate.versionSplitConfirm', { version: v.version })}</p>
                  <div className="form-actions">
                    <Button size="sm" variant="ghost" onClick={() => setConfirming(undefined)}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      size="sm"
                      variant="primary"
                      busy={split.busy}
                      onClick={() =>
                        void split.run({ id: candidate.id, version: v.version }).then((r) => {
                          if (!r) return;
                          setConfirming(undefined);
                          onSplit(r.candidateId);
                        })
                      }
                    >
                      {t('candidate.versionSplit')}
                    </Button>
                  </div>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ActionError code={split.error} />
    </Card>
  );
}

/** Every source this candidate's CVs came from. */
export function SourcesCard({ candidate }: { readonly candidate: CandidateDetail }) {
  const { t, locale } = useT();
  const sources = candidate.sources.length > 0 ? candidate.sources : candidate.source ? [candidate.source] : [];
  return (
    <Card title={t('candidate.sourceTitle')} description={t('candidate.sourcesIntro')} testId="sources">
      {sources.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <div className="stack">
          {sources.map((s, i) => (
            <dl key={`${s.recordedAt}-${i}`} className="details" data-testid="source-details">
              <div className="details-row">
                <dt>{t('candidate.source.kind')}</dt>
                <dd>{t(`source.kind.${s.kind}`)}</dd>
              </div>
              {s.detail ? (
                <div className="details-row">
                  <dt>{t('candidate.source.detail')}</dt>
                  <dd>{s.detail}</dd>
                </div>
              ) : null}
              <div className="details-row">
                <dt>{t('candidate.source.receivedOn')}</dt>
                <dd>{formatDate(s.receivedOn, locale)}</dd>
              </div>
              <div className="details-row">
                <dt>{t('candidate.source.consultant')}</dt>
                <dd>{s.consultant}</dd>
              </div>
            </dl>
          ))}
        </div>
      )}
    </Card>
  );
}
