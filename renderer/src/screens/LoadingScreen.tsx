import { Spinner } from '../components/Spinner';
import { useT } from '../i18n/useT';

/** Shown while the first vault.status call is on its way (usually a blink). */
export function LoadingScreen() {
  const { t } = useT();
  return (
    <div className="loading-screen" role="status">
      <Spinner size={28} />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
