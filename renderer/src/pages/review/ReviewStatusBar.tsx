import type { ReviewPlan } from '../../../../shared/detect/plan-types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';

interface ReviewStatusBarProps {
  readonly plan: ReviewPlan;
  readonly busy: boolean;
  readonly onMarkReviewed: () => void;
}

/** Who reviewed this CV and when, the tally of decisions, and the "Mark reviewed" button. */
export function ReviewStatusBar({ plan, busy, onMarkReviewed }: ReviewStatusBarProps) {
  const { t, locale } = useT();
  const s = plan.status;
  const when = s.at ? formatDateTime(s.at, locale) : '';
  const text =
    s.state === 'reviewed'
      ? t('review.status.reviewed', { who: s.by ?? '', when })
      : s.state === 'stale'
        ? t('review.status.stale', { who: s.by ?? '', when })
        : t('review.status.unreviewed');
  const removed = plan.items.filter((i) => i.redact).length;
  return (
    <section className={`card rv-status rv-status-${s.state}`} data-testid="review-status" data-state={s.state} aria-label={t('review.title')}>
      <span className="rv-status-icon" aria-hidden="true">
        <Icon name={s.state === 'reviewed' ? 'shieldCheck' : s.state === 'stale' ? 'alert' : 'shield'} size={22} />
      </span>
      <div className="rv-status-body">
        <p className="rv-status-title" data-testid="review-status-text">
          {text}
        </p>
        <p className="rv-status-counts">
          {t('review.counts', { removed, kept: plan.counts.rejected, pending: plan.counts.pending })}
          {plan.counts.pending > 0 ? (
            <>
              {' · '}
              <Badge tone="warning">{t('review.pendingNote', { count: plan.counts.pending })}</Badge>
            </>
          ) : null}
        </p>
        <p className="rv-status-keys">
          <span className="rv-status-keys-label">{t('review.shortcutsTitle')}:</span> {t('review.shortcuts')}
        </p>
      </div>
      <Button variant={s.state === 'reviewed' ? 'secondary' : 'primary'} icon="checkCircle" busy={busy} onClick={onMarkReviewed} data-testid="mark-reviewed">
        {s.state === 'unreviewed' ? t('review.markReviewed') : t('review.markAgain')}
      </Button>
    </section>
  );
}
