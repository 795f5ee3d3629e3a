import type { ErrorCode } from '../errors';

/** A message that depends on a number: `{count}` is replaced, the form is chosen per language. */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}

export type MessageValue = string | PluralMessage;

/** Every error code of the contract has its own user-facing message, keyed `error.<CODE>`. */
export type ErrorMessageKey = `error.${ErrorCode}`;

/**
 * The shape the English catalogue must satisfy: free-form keys, plus one plain message per error
 * code. Adding a code to shared/errors.ts without a message here is a type error.
 */
export type CatalogueShape = Readonly<Record<string, MessageValue>> & Readonly<Record<ErrorMessageKey, string>>;

/** Placeholder names in a template, e.g. 'Hello {name}' → 'name'. */
export type PlaceholdersOf<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | PlaceholdersOf<Rest> : never;

/** Placeholders a message needs; plural messages always need `count`. */
export type PlaceholdersOfValue<V> = V extends PluralMessage
  ? PlaceholdersOf<V['one']> | PlaceholdersOf<V['other']> | 'count'
  : PlaceholdersOf<V>;

/** Same shape as a source value, without its literal text: what another language must provide. */
export type TranslationOf<V> = V extends string ? string : PluralMessage;
