import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import type { SectionId } from '../../shell/sections';
import { useDueCountsValue } from './due-counts';

/** The home screen's reminder of what is owed; nothing when all is in time. */
export function DueSummary({ navigate }: { readonly navigate: (section: SectionId) => void }) {
  const { t } = useT();
  const counts = useDueCountsValue();
  if (!counts) return null;
  const late = counts.requestsOverdue + counts.retentionOverdue > 0;
  if (counts.requestsOpen + counts.retentionDue + counts.retentionOverdue + counts.autoErased === 0) return null;
  return (
    <div className={late ? 'due-summary due-summary-late' : 'due-summary'} data-testid="due-summary" role="status">
      <Icon name={late ? 'alert' : 'clock'} size={18} />
      {counts.requestsOpen > 0 ? (
        <button type="button" className="link-button" onClick={() => navigate('requests')} data-testid="due-summary-requests">
          {counts.requestsOverdue > 0
            ? t('rights.home.requestsLate', { count: counts.requestsOpen, late: counts.requestsOverdue })
            : t('rights.home.requests', { count: counts.requestsOpen })}
        </button>
      ) : null}
      {counts.retentionDue + counts.retentionOverdue > 0 ? (
        <button type="button" className="link-button" onClick={() => navigate('retention')} data-testid="due-summary-retention">
          {t('rights.home.retention', { count: counts.retentionDue + counts.retentionOverdue })}
        </button>
      ) : null}
      {counts.autoErased > 0 ? (
        <button type="button" className="link-button" onClick={() => navigate('retention')} data-testid="due-summary-auto-erased">
          {t('rights.home.autoErased', { count: counts.autoErased })}
        </button>
      ) : null}
    </div>
  );
}
