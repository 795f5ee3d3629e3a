import { createContext } from 'react';
import { createTranslator, DEFAULT_LOCALE, type Translator } from '../../../shared/i18n';

export const I18nContext = createContext<Translator>(createTranslator(DEFAULT_LOCALE));
