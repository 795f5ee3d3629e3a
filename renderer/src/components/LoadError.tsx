import type { ErrorCode } from '../../../shared/errors';
import { useT } from '../i18n/useT';
import { Alert } from './Alert';
import { Button } from './Button';

/** A failed load, in the UI's words for its error code, with a retry. */
export function LoadError({ code, onRetry, testId }: { readonly code: ErrorCode; readonly onRetry?: () => void; readonly testId?: string }) {
  const { t, error } = useT();
  return (
    <div role="alert">
      <Alert tone="error" title={t('common.loadFailedTitle')} code={code} testId={testId ?? 'load-error'}>
        <p>{error(code)}</p>
        {onRetry ? (
          <div className="alert-actions">
            <Button size="sm" variant="secondary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </div>
        ) : null}
      </Alert>
    </div>
  );
}
