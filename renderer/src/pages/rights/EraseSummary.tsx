import type { EraseResult } from '../../../../shared/contract';
import { useT } from '../../i18n/useT';
import { RecipientsList } from './RecipientsList';

/** What an erasure or anonymisation removed and kept, and who must be told (art. 19). */
export function EraseSummary({ result }: { readonly result: EraseResult }) {
  const { t } = useT();
  const rows = Object.values(result.removed).reduce((a, b) => a + b, 0);
  return (
    <div className="stack erase-summary" data-testid="erase-summary" data-ref={result.ref}>
      <p>{t('rights.erase.removed', { count: rows, tables: Object.keys(result.removed).length })}</p>
      <p>{t(result.suppressed ? 'rights.erase.suppressed' : 'rights.erase.notSuppressed')}</p>
      {result.closedRequests.length > 0 ? <p data-testid="erase-closed-requests">{t('rights.erase.closedRequests', { refs: result.closedRequests.join(', ') })}</p> : null}
      <p className="cell-note">{t('rights.erase.audit', { id: result.auditId })}</p>
      <RecipientsList recipients={result.recipients} />
    </div>
  );
}
