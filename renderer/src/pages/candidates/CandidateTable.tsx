import type { CandidateSummary } from '../../../../shared/candidates/candidate';
import { Badge } from '../../components/Badge';
import { TableFrame } from '../../components/Table';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';
import { consentTone } from '../../ui/tones';

interface CandidateTableProps {
  readonly items: readonly CandidateSummary[];
  readonly onOpen: (id: number) => void;
}

/** One row per candidate; the name is the keyboard target, the whole row answers a click. */
export function CandidateTable({ items, onOpen }: CandidateTableProps) {
  const { t, locale } = useT();
  return (
    <TableFrame
      caption={t('candidates.caption')}
      columns={[
        { label: t('candidates.col.ref') },
        { label: t('candidates.col.name') },
        { label: t('candidates.col.source') },
        { label: t('candidates.col.received') },
        { label: t('candidates.col.language') },
        { label: t('candidates.col.consent') },
        { label: t('candidates.col.share') },
      ]}
      className="candidate-table"
      testId="candidate-table"
    >
      {items.map((c) => (
        <tr key={c.id} className="row-link" onClick={() => onOpen(c.id)} data-testid="candidate-row" data-ref={c.ref}>
          <td>
            <code className="ref">{c.ref}</code>
          </td>
          <th scope="row">
            <button
              type="button"
              className="link-button"
              onClick={(e) => {
                e.stopPropagation();
                onOpen(c.id);
              }}
            >
              {c.name ?? <span className="muted">{t('candidates.noName')}</span>}
            </button>
            {c.versions > 1 ? <span className="cell-note">{t('candidates.versions', { count: c.versions })}</span> : null}
          </th>
          <td data-testid="candidate-source">
            {c.source ? (
              <>
                <span>{t(`source.kind.${c.source.kind}`)}</span>
                {c.source.detail ? <span className="cell-note">{c.source.detail}</span> : null}
              </>
            ) : (
              <span className="muted">—</span>
            )}
          </td>
          <td className="nowrap">{c.source ? formatDate(c.source.receivedOn, locale) : formatDate(c.importedAt, locale)}</td>
          <td>{t(`language.${c.language}`)}</td>
          <td>
            <Badge tone={consentTone(c.consent)} dot>
              {t(`consent.status.${c.consent}`)}
            </Badge>
          </td>
          <td>
            <span className="badge-stack">
              <Badge tone={c.shareable ? 'success' : 'danger'}>{c.shareable ? t('candidates.shareable') : t('candidates.blocked')}</Badge>
              {c.notice === 'due' || c.notice === 'overdue' ? (
                <Badge tone={c.notice === 'overdue' ? 'danger' : 'warning'}>{t(`candidates.noticeBadge.${c.notice}`)}</Badge>
              ) : null}
            </span>
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
