export type { MessageKey, Messages, ParamArgs, ParamsOf } from './catalogue';
export type { ErrorMessageKey, MessageValue, PluralMessage } from './messages';
export { en } from './en';
export { catalogues, DEFAULT_LOCALE, isLocale, LOCALES, matchLocale, type Locale } from './locales';
export { createTranslator, interpolate, pickForm, type Params, type Translator } from './translate';
