import type { Share } from '../../../../shared/export/shares';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';

interface SharesTableProps {
  readonly shares: readonly Share[];
  /** Omit the candidate column (on the candidate's own page). */
  readonly withCandidate: boolean;
  readonly onOpenCandidate?: (id: number) => void;
  readonly caption: string;
}

/** The share log as a table: when, who, to whom, how, which file (with its hash on hover). */
export function SharesTable({ shares, withCandidate, onOpenCandidate, caption }: SharesTableProps) {
  const { t, locale } = useT();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="shares-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shares.col.at')}</th>
            {withCandidate ? <th scope="col">{t('shares.col.ref')}</th> : null}
            <th scope="col">{t('shares.col.client')}</th>
            <th scope="col">{t('shares.col.mode')}</th>
            <th scope="col">{t('shares.col.template')}</th>
            <th scope="col">{t('shares.col.language')}</th>
            <th scope="col">{t('shares.col.consultant')}</th>
            <th scope="col">{t('shares.col.file')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((s) => (
            <tr key={s.id} data-testid="share-row" data-ref={s.ref} data-mode={s.mode} data-format={s.format} data-sha256={s.sha256}>
              <th scope="row" className="cell-nowrap">
                {formatDateTime(s.at, locale)}
              </th>
              {withCandidate ? (
                <td>
                  {onOpenCandidate ? (
                    <button type="button" className="link-button" onClick={() => onOpenCandidate(s.candidateId)} aria-label={t('shares.open', { ref: s.ref })}>
                      <code className="ref">{s.ref}</code>
                    </button>
                  ) : (
                    <code className="ref">{s.ref}</code>
                  )}
                </td>
              ) : null}
              <td>{s.clientName ?? <span className="muted cell-nowrap">{t('shares.noClient')}</span>}</td>
              <td>
                <Badge tone={s.mode === 'blind' ? 'accent' : 'neutral'}>{t(`export.mode.${s.mode}`)}</Badge>
              </td>
              <td>{s.templateName}</td>
              <td>{t(`language.${s.language}`)}</td>
              <td>{s.consultant}</td>
              <td>
                <span className="share-file" title={`SHA-256 ${s.sha256}`}>
                  {s.fileName}
                </span>
                <span className="cell-note">{s.format.toUpperCase()}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
