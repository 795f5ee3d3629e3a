import type { AuditEvent } from '../../../../shared/contract';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';
import { describeDetails } from './audit-model';

/** Newest first; each row shows the start of its hash, the link that the chain check recomputes. */
export function AuditTable({ items }: { readonly items: readonly AuditEvent[] }) {
  const { t, locale } = useT();
  return (
    <div className="table-wrap">
      <table className="table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.subject')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.details')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
