import { useT } from '../i18n/useT';
import { Spinner } from './Spinner';

/** A quiet loading line for a panel (the page around it stays usable). */
export function Loading({ testId }: { readonly testId?: string }) {
  const { t } = useT();
  return (
    <p className="loading-line" role="status" data-testid={testId}>
      <Spinner />
      <span>{t('common.loading')}</span>
    </p>
  );
}
