import type { EraseResult } from '../../../../shared/contract';

type Recipient = EraseResult['recipients'][number];
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';

/** Art. 19: the clients who received the CV, so the consultant can tell them of the change. */
export function RecipientsList({ recipients }: { readonly recipients: readonly Recipient[] }) {
  const { t, locale } = useT();
  if (recipients.length === 0) return <p className="cell-note" data-testid="recipients-none">{t('rights.recipients.none')}</p>;
  return (
    <div className="stack-sm" data-testid="recipients">
      <p>{t('rights.recipients.intro', { count: recipients.length })}</p>
      <ul className="recipient-list">
        {recipients.map((r) => (
          <li key={`${r.clientId ?? 'x'}-${r.clientName}`} data-testid="recipient">
            <strong>{r.clientName}</strong>{' '}
            <span className="muted">{t('rights.recipients.shares', { count: r.shares, date: formatDate(r.lastSharedAt, locale) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
