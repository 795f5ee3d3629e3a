import type { Messages } from './catalogue';
import { en } from './en';

/**
 * Every language the UI ships. To add one: create `nl.ts` exporting `nl: Messages` (the type
 * lists every key), then add it here.
 */
export const catalogues = { en } as const satisfies Readonly<Record<string, Messages>>;

export type Locale = keyof typeof catalogues;
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALES = Object.keys(catalogues) as Locale[];

export const isLocale = (value: string): value is Locale => Object.prototype.hasOwnProperty.call(catalogues, value);

/** The first supported language among the user's preferences ('nl-BE' → 'nl'), else English. */
export const matchLocale = (preferred: readonly string[]): Locale => {
  for (const tag of preferred) {
    const lower = tag.trim().toLowerCase();
    if (isLocale(lower)) return lower;
    const base = lower.split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
};
