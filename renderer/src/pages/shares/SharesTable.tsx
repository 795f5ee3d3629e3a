import type { Share } from '../../../../shared/export/shares';
import { Badge } from '../../components/Badge';
import { TableFrame } from '../../components/Table';
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
    <TableFrame
      caption={caption}
      columns={[
        { label: t('shares.col.at') },
        ...(withCandidate ? [{ label: t('shares.col.ref') }] : []),
        { label: t('shares.col.client') },
        { label: t('shares.col.mode') },
        { label: t('shares.col.template') },
        { label: t('shares.col.language') },
        { label: t('shares.col.consultant') },
        { label: t('shares.col.file') },
      ]}
      testId="shares-table"
    >
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
    </TableFrame>
  );
}
