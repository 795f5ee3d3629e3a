import type { AuditEvent } from '../../../../shared/contract';
import { TableFrame } from '../../components/Table';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';
import { describeDetails } from './audit-model';

/** Newest first; each row shows the start of its hash, the link that the chain check recomputes. */
export function AuditTable({ items }: { readonly items: readonly AuditEvent[] }) {
  const { t, locale } = useT();
  return (
    <TableFrame
      caption={t('audit.title')}
      columns={[
        { label: '#' },
        { label: t('audit.col.at') },
        { label: t('audit.col.action') },
        { label: t('audit.col.subject') },
        { label: t('audit.col.actor') },
        { label: t('audit.col.details') },
      ]}
      className="audit-table"
      testId="audit-table"
    >
      {items.map((e) => (
        <tr key={e.id} data-testid="audit-row" data-action={e.action} data-ref={e.subjectRef ?? ''}>
          <th scope="row" className="nowrap">
            {e.id}
          </th>
          <td>{formatDateTime(e.at, locale)}</td>
          <td>
            <code className="audit-action">{e.action}</code>
            <span className="cell-note">
              {t('audit.col.hash')} <code className="audit-hash" title={e.hash}>{e.hash.slice(0, 10)}</code>
            </span>
          </td>
          <td>{e.subjectRef ? <code className="ref">{e.subjectRef}</code> : <span className="muted">—</span>}</td>
          <td>{e.actor}</td>
          <td data-testid="audit-details">
            <div className="audit-details">
              {describeDetails(e.details).map((d) => (
                <span key={d} className="audit-detail">
                  {d}
                </span>
              ))}
            </div>
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
