import { Fragment, useMemo, type MouseEvent } from 'react';
import type { ReviewItem } from '../../../../shared/detect/plan-types';
import { useT } from '../../i18n/useT';
import { sectionLabel, typeLabel } from './labels';
import { marksByPath, segmentsOf, type ReviewBlock } from './review-model';

interface ReviewTextProps {
  readonly blocks: readonly ReviewBlock[];
  readonly items: readonly ReviewItem[];
  readonly activeId: string | undefined;
  readonly onPick: (itemId: string) => void;
  /** The mouse was released inside the text: the parent reads the selection. */
  readonly onSelectEnd: () => void;
}

/** The CV's text with every finding highlighted by kind; the current one outlined. */
export function ReviewText({ blocks, items, activeId, onPick, onSelectEnd }: ReviewTextProps) {
  const { t } = useT();
  const marks = useMemo(() => marksByPath(items), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const pick = (e: MouseEvent<HTMLElement>, id: string): void => {
    // A click (not a drag-select) on a highlight selects its finding.
    if (window.getSelection()?.isCollapsed ?? true) {
      e.stopPropagation();
      onPick(id);
    }
  };
  return (
    <div className="rv-text" data-testid="review-text" onMouseUp={onSelectEnd}>
      {blocks.map((b, bi) => (
        <div key={`${b.section}-${bi}`} className="rv-block" data-section={b.section}>
          {b.section !== 'header' && b.units[0]?.kind !== 'title' ? <p className="rv-block-label">{sectionLabel(t, b.section)}</p> : null}
          {b.units.map((u) => (
            <p key={u.path} className={`rv-unit rv-unit-${u.kind}`} data-path={u.path} data-testid="review-unit">
              {segmentsOf(u.text, marks.get(u.path)).map((s) => {
                if (!s.itemId || !s.kind) return <Fragment key={s.start}>{s.text}</Fragment>;
                const item = byId.get(s.itemId);
                const active = activeId !== undefined && s.itemIds.includes(activeId);
                return (
                  <mark
                    key={s.start}
                    className={`hl hl-${s.kind} hl-${s.decision ?? 'pending'}${active ? ' hl-active' : ''}`}
                    data-item={s.itemId}
                    data-kind={s.kind}
                    data-decision={s.decision}
                    data-testid="review-mark"
                    title={item ? `${typeLabel(t, item.type)} · ${t(`review.decision.${item.decision}`)}` : undefined}
                    onMouseUp={(e) => pick(e, s.itemId ?? '')}
                  >
                    {s.text}
                  </mark>
                );
              })}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
