import type { ErrorCode } from '../../../shared/errors';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import { CenteredLayout } from './CenteredLayout';
import { ProblemMessage } from './ProblemMessage';

interface UnreachableScreenProps {
  readonly onRetry: () => void;
  /** Set when the core answered, but with an error; otherwise it could not be reached at all. */
  readonly code?: ErrorCode;
}

/** The core stopped answering (bridge closed) or failed to report its state. */
export function UnreachableScreen({ onRetry, code }: UnreachableScreenProps) {
  const { t, error } = useT();
  return (
    <CenteredLayout>
      <ProblemMessage icon="plugOff" tone="danger" title={t('unreachable.title')} testId="unreachable">
        <p className="muted">{code ? error(code) : t('unreachable.body')}</p>
        <div className="problem-actions">
          <Button variant="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </div>
      </ProblemMessage>
    </CenteredLayout>
  );
}
