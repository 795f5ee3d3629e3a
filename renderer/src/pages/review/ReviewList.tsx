import { useEffect, useRef } from 'react';
import type { Decision, ItemKind, ReviewItem } from '../../../../shared/detect/plan-types';
import { Badge, type BadgeTone } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../ui/format';
import { typeLabel } from './labels';
import type { ItemGroup } from './review-model';

interface ReviewListProps {
  readonly groups: readonly ItemGroup[];
  readonly activeId: string | undefined;
  readonly busy: boolean;
  readonly onPick: (id: string) => void;
  readonly onDecide: (id: string, decision: Decision | 'pending') => void;
  readonly onDecideGroup: (kind: ItemKind, decision: Decision) => void;
  readonly onRemoveTerm: (termId: number) => void;
}

const DECISION_TONE: Record<ReviewItem['decision'], BadgeTone> = { pending: 'warning', accept: 'danger', reject: 'success' };

/** The findings grouped by kind, with counts, per-item and per-group decisions. */
export function ReviewList({ groups, activeId, busy, onPick, onDecide, onDecideGroup, onRemoveTerm }: ReviewListProps) {
  const { t } = useT();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (activeId) list.current?.querySelector(`[data-item-row="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <div className="rv-groups" ref={list} data-testid="review-list">
      {groups.map((g) => {
        const name = t(`review.kind.${g.kind}`);
        return (
          <section key={g.kind} className="rv-group" data-testid={`review-group-${g.kind}`} data-count={g.items.length} aria-label={name}>
            <header className="rv-group-header">
              <span className={`rv-swatch rv-swatch-${g.kind}`} aria-hidden="true" />
              <h3 className="rv-group-title">{name}</h3>
              <Badge tone="neutral">{t('review.groupCount', { count: g.items.length })}</Badge>
              {g.pending > 0 ? <Badge tone="warning">{t('review.groupPending', { count: g.pending })}</Badge> : null}
              {g.items.length > 0 ? (
                <span className="rv-group-actions">
                  <Button size="sm" variant="ghost" disabled={busy} onClick={() => onDecideGroup(g.kind, 'accept')} aria-label={t('review.acceptGroupLabel', { group: name })} data-testid={`accept-group-${g.kind}`}>
                    {t('review.acceptGroup')}
                  </Button>
                  <Button size="sm" variant="ghost" disabled={busy} onClick={() => onDecideGroup(g.kind, 'reject')} aria-label={t('review.rejectGroupLabel', { group: name })} data-testid={`reject-group-${g.kind}`}>
                    {t('review.rejectGroup')}
                  </Button>
                </span>
              ) : null}
            </header>
            {g.items.length === 0 ? (
              <p className="muted rv-group-empty">{g.kind === 'manual' ? t('review.groupEmptyManual') : t('review.groupEmpty')}</p>
            ) : (
              <ul className="rv-items">
                {g.items.map((item) => (
                  <Row key={item.id} item={item} active={item.id === activeId} busy={busy} onPick={onPick} onDecide={onDecide} onRemoveTerm={onRemoveTerm} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface RowProps {
  readonly item: ReviewItem;
  readonly active: boolean;
  readonly busy: boolean;
  readonly onPick: (id: string) => void;
  readonly onDecide: (id: string, decision: Decision | 'pending') => void;
  readonly onRemoveTerm: (termId: number) => void;
}

function Row({ item, active, busy, onPick, onDecide, onRemoveTerm }: RowProps) {
  const { t, locale } = useT();
  const shown = item.type === 'photo' ? t('review.photo') : item.text;
  const offPage = item.occurrences.length > 0 && item.occurrences.every((o) => o.path.startsWith('properties.'));
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return (
    <li
      className={active ? 'rv-item rv-item-active' : 'rv-item'}
      data-item-row={item.id}
      data-testid="review-item"
      data-kind={item.kind}
      data-type={item.type}
      data-decision={item.decision}
      aria-current={active || undefined}
    >
      <button type="button" className="rv-item-main" onClick={() => onPick(item.id)}>
        <span className="rv-item-text">{shown}</span>
        <span className="rv-item-meta">
          <span>{typeLabel(t, item.type)}</span>
          {item.scope === 'statement' ? <span>{t('review.statement')}</span> : null}
          {item.occurrences.length > 1 ? <span>{t('review.occurrences', { count: item.occurrences.length })}</span> : null}
          {offPage ? <span>{t('review.notOnPage')}</span> : null}
          {item.always ? <span>{t('review.always')}</span> : null}
          {item.decidedBy && item.decidedAt && item.decision !== 'pending' ? (
            <span>{t('review.decidedBy', { who: item.decidedBy, when: formatDateTime(item.decidedAt, locale) })}</span>
          ) : null}
        </span>
      </button>
      <span className="rv-item-side">
        <Badge tone={DECISION_TONE[item.decision]}>{t(`review.decision.${item.decision}`)}</Badge>
        <span className="rv-item-actions">
          {item.decision !== 'accept' ? (
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => onDecide(item.id, 'accept')} aria-label={t('review.acceptLabel', { text: short })} data-testid="item-accept">
              {t('review.accept')}
            </Button>
          ) : null}
          {item.decision !== 'reject' ? (
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => onDecide(item.id, 'reject')} aria-label={t('review.rejectLabel', { text: short })} data-testid="item-reject">
              {t('review.reject')}
            </Button>
          ) : null}
          {item.decision !== 'pending' && item.kind !== 'manual' ? (
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => onDecide(item.id, 'pending')} aria-label={t('review.resetLabel', { text: short })} data-testid="item-reset">
              {t('review.reset')}
            </Button>
          ) : null}
          {item.termId !== undefined ? (
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => onRemoveTerm(item.termId ?? 0)} aria-label={t('review.removeTermLabel', { text: short })} data-testid="item-remove-term">
              {t('review.removeTerm')}
            </Button>
          ) : null}
        </span>
      </span>
    </li>
  );
}
