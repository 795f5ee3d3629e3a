import type { Client } from '../../../../shared/contract';
import type { ConsentEvent } from '../../../../shared/consent/types';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { useT } from '../../i18n/useT';
import { formatDate, formatDateTime } from '../../ui/format';
import { consentTone } from '../../ui/tones';

/** The append-only log, newest first. */
export function ConsentHistory({ history, clients }: { readonly history: readonly ConsentEvent[]; readonly clients: readonly Client[] }) {
  const { t, locale } = useT();
  const events = [...history].sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
  return (
    <Card title={t('history.title')} description={t('history.intro')} testId="consent-history">
      {events.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => {
            const scope = e.clientIds.map((id) => clients.find((c) => c.id === id)?.name ?? `#${id}`);
            return (
              <li key={e.id} className={`timeline-item timeline-${consentTone(e.status)}`} data-testid="history-event" data-status={e.status} data-purpose={e.purpose}>
                <span className="timeline-dot" aria-hidden="true" />
                <div className="timeline-body">
                  <p className="timeline-head">
                    <strong>{t(`purpose.${e.purpose}`)}</strong>
                    <Badge tone={consentTone(e.status)}>{t(`consent.status.${e.status}`)}</Badge>
                    <span className="muted">{t(`basis.${e.basis}`)}</span>
                  </p>
                  <p className="cell-note">
                    <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
                    {' · '}
                    {e.byDefault ? t('method.import-default') : e.method ? t(`method.${e.method}`) : null}
                    {e.byDefault || e.method ? ' · ' : null}
                    {t('history.by', { consultant: e.consultant })}
                  </p>
                  {e.note ? <p className="timeline-note">{e.note}</p> : null}
                  {e.evidenceFileName ? <p className="cell-note">{t('history.evidence', { file: e.evidenceFileName })}</p> : null}
                  {scope.length > 0 ? <p className="cell-note">{t('history.scope', { clients: scope.join(', ') })}</p> : null}
                  {e.expiresOn ? <p className="cell-note">{t('history.expires', { date: formatDate(e.expiresOn, locale) })}</p> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
