import { useEffect, useMemo, type ReactNode } from 'react';
import { createTranslator, matchLocale } from '../../../shared/i18n';
import { I18nContext } from './I18nContext';

/** Picks the first supported language of the browser or OS and provides its translator. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const translator = useMemo(() => createTranslator(matchLocale(navigator.languages)), []);
  useEffect(() => {
    document.documentElement.lang = translator.locale;
    document.title = translator.t('app.name');
  }, [translator]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}
