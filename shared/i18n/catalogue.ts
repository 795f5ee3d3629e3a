import type { en } from './en';
import type { PlaceholdersOfValue, TranslationOf } from './messages';

/** English is the source catalogue: its keys are the message ids. */
export type SourceCatalogue = typeof en;
export type MessageKey = keyof SourceCatalogue;

/**
 * What every language file must export: one entry per English key, plural where English is plural.
 * A missing or extra key in `nl.ts` or `fr.ts` is a type error.
 */
export type Messages = { readonly [K in MessageKey]: TranslationOf<SourceCatalogue[K]> };

type Placeholders<K extends MessageKey> = PlaceholdersOfValue<SourceCatalogue[K]>;

/** The parameters of a message: `count` is a number, other placeholders take text or numbers. */
export type ParamsOf<K extends MessageKey> = {
  readonly [P in Placeholders<K>]: P extends 'count' ? number : string | number;
};

/** `t(key)` for a message without placeholders, `t(key, params)` for one with. */
export type ParamArgs<K extends MessageKey> = [Placeholders<K>] extends [never] ? [] : [params: ParamsOf<K>];
