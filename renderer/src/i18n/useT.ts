import { useContext } from 'react';
import type { Translator } from '../../../shared/i18n';
import { I18nContext } from './I18nContext';

/** The translator of the current language: `const { t, error } = useT()`. */
export const useT = (): Translator => useContext(I18nContext);
