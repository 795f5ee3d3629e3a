import { useT } from '../i18n/useT';
import { Button } from './Button';

interface FormActionsProps {
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly submitTestId?: string;
  readonly disabled?: boolean;
  /** Shows a Cancel button before the submit button. */
  readonly onCancel?: () => void;
}

/** The row under a form: an optional Cancel and the primary submit button. */
export function FormActions({ submitLabel, busy, submitTestId, disabled, onCancel }: FormActionsProps) {
  const { t } = useT();
  return (
    <div className="form-actions">
      {onCancel ? (
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
      <Button type="submit" variant="primary" busy={busy} disabled={disabled} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </div>
  );
}
