import type { AutoEraseState } from '../../../../shared/rights/retention';
import { Alert } from '../../components/Alert';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';

/**
 * Shown only while the firm has automatic erasure on: what the last run at unlock erased, who must
 * be told (art. 19), and which overdue candidates it left for a person.
 */
export function AutoEraseNotice({ state }: { readonly state: AutoEraseState }) {
  const { t, locale } = useT();
  if (!state.enabled) return null;
  const run = state.lastRun;
  return (
    <Alert tone="info" title={t('retention.auto.onTitle')} testId="auto-erase-notice">
      {run ? (
        <div className="stack">
          <p data-testid="auto-erase-last" data-erased={run.erased.length}>
            {t('retention.auto.ran', {
              date: formatDateTime(run.at, locale),
              erased: t('retention.auto.erased', { count: run.erased.length }),
              refs: run.erased.length ? ` (${run.erased.map((e) => e.ref).join(', ')})` : '',
            })}
          </p>
          {run.erased
            .filter((e) => e.tellClients.length > 0)
            .map((e) => (
              <p key={e.ref} data-testid="auto-erase-tell">
                {t('retention.auto.tell', { ref: e.ref, clients: e.tellClients.join(', ') })}
              </p>
            ))}
          {run.kept.length ? (
            <div>
              <p>{t('retention.auto.kept')}</p>
              <ul data-testid="auto-erase-kept">
                {run.kept.map((k) => (
                  <li key={k.ref} data-ref={k.ref} data-hold={k.hold}>
                    {k.ref}: {t(`retention.auto.hold.${k.hold}`)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : (
        <p data-testid="auto-erase-last">{t('retention.auto.never')}</p>
      )}
    </Alert>
  );
}
