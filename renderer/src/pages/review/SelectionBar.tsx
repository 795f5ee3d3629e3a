import { useState } from 'react';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { useT } from '../../i18n/useT';

export interface TextSelection {
  readonly path: string;
  readonly start: number;
  readonly text: string;
}

interface SelectionBarProps {
  readonly selection: TextSelection | undefined;
  /** The selection ran over more than one line: say how to select instead. */
  readonly multiLine: boolean;
  readonly busy: boolean;
  readonly onRedact: (where: 'here' | 'everywhere', always: boolean) => void;
  readonly onCancel: () => void;
}

/** Manual redaction of the selected words: this place, or every place (and, if asked, every later version). */
export function SelectionBar({ selection, multiLine, busy, onRedact, onCancel }: SelectionBarProps) {
  const { t } = useT();
  const [always, setAlways] = useState(false);
  return (
    <div className={selection ? 'rv-selection rv-selection-active' : 'rv-selection'} data-testid="selection-bar" aria-live="polite">
      {selection ? (
        <>
          <p className="rv-selection-text" data-testid="selection-text">
            {t('review.selection.selected', { text: selection.text })}
          </p>
          <Checkbox checked={always} onChange={setAlways} testId="selection-always">
            {t('review.selection.always')}
          </Checkbox>
          <div className="rv-selection-actions">
            <Button size="sm" variant="primary" busy={busy} onClick={() => onRedact('everywhere', always)} data-testid="redact-everywhere">
              {t('review.selection.everywhere')}
            </Button>
            <Button size="sm" variant="secondary" disabled={busy || always} onClick={() => onRedact('here', false)} data-testid="redact-here">
              {t('review.selection.here')}
            </Button>
            <Button size="sm" variant="ghost" onClick={onCancel}>
              {t('review.selection.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <p className="muted rv-selection-hint">{multiLine ? t('review.selection.multiLine') : t('review.selection.hint')}</p>
      )}
    </div>
  );
}
