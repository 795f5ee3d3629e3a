import type { ErrorCode } from '../errors';
import type { MessageKey, Messages, ParamArgs } from './catalogue';
import { catalogues, type Locale } from './locales';
import type { MessageValue } from './messages';

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Replaces `{name}` with params.name; numbers are formatted for the locale, unknown names stay. */
export const interpolate = (template: string, params: Params = {}, locale: string = 'en'): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });

/** Picks the plural form for `count` with the language's own rules (French 0 is singular). */
export const pickForm = (value: MessageValue, count: number | undefined, locale: string): string => {
  if (typeof value === 'string') return value;
  return new Intl.PluralRules(locale).select(count ?? 0) === 'one' ? value.one : value.other;
};

export interface Translator {
  readonly locale: Locale;
  readonly t: <K extends MessageKey>(key: K, ...args: ParamArgs<K>) => string;
  /** The UI's own words for an error code (never the core's English message). */
  readonly error: (code: ErrorCode) => string;
}

export const createTranslator = (locale: Locale, messages: Messages = catalogues[locale]): Translator => {
  const format = (key: MessageKey, params: Params | undefined): string => {
    // Keys are checked at compile time; a bad one at run time shows the id rather than crashing.
    const value = messages[key] as MessageValue | undefined;
    if (value === undefined) return key;
    const count = params?.['count'];
    return interpolate(pickForm(value, typeof count === 'number' ? count : undefined, locale), params, locale);
  };
  return {
    locale,
    t: (key, ...args) => format(key, args[0]),
    error: (code) => format(`error.${code}`, undefined),
  };
};
