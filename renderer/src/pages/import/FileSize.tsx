import { useT } from '../../i18n/useT';
import { fileSize } from '../../ui/format';

export function FileSize({ bytes }: { readonly bytes: number }) {
  const { t } = useT();
  const { unit, size } = fileSize(bytes);
  return <span className="file-size">{unit === 'kb' ? t('import.sizeKb', { size }) : t('import.sizeMb', { size })}</span>;
}
