import { useT } from '../i18n/useT';

/** The CVault mark (a shield holding a document) and word mark. */
export function Logo({ inverted = false }: { readonly inverted?: boolean }) {
  const { t } = useT();
  return (
    <span className={inverted ? 'logo logo-inverted' : 'logo'}>
      <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <path className="logo-mark-shield" d="M16 2.5 4.5 6.8v8.1c0 7.1 4.9 12.2 11.5 14.6 6.6-2.4 11.5-7.5 11.5-14.6V6.8z" />
        <path className="logo-mark-lines" d="M11 12h10M11 16h10M11 20h6" />
      </svg>
      <span className="logo-text">{t('app.name')}</span>
    </span>
  );
}
