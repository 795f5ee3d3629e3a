import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import {
  catalogues,
  createTranslator,
  en,
  interpolate,
  LOCALES,
  matchLocale,
  pickForm,
  type MessageKey,
  type Messages,
  type MessageValue,
} from '../../../shared/i18n';

const placeholders = (value: MessageValue): string[] => {
  const texts = typeof value === 'string' ? [value] : [value.one, value.other];
  return [...new Set(texts.flatMap((s) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '')))].sort();
};

describe('error messages', () => {
  it('has a plain, non-empty message for every error code of the contract', () => {
    const tr = createTranslator('en');
    for (const code of ERROR_CODES) {
      const key = `error.${code}` as const;
      expect(en, code).toHaveProperty([key]);
      expect(typeof en[key]).toBe('string');
      expect(tr.error(code).length, code).toBeGreaterThan(10);
      expect(tr.error(code), code).not.toMatch(/\{\w+\}/);
    }
  });

  it('words the wrong passphrase plainly', () => {
    expect(createTranslator('en').error('VAULT_WRONG_PASSPHRASE')).toMatch(/passphrase is not correct/);
  });
});

describe('interpolate', () => {
  it('replaces every occurrence of each placeholder', () => {
    expect(interpolate('{a} and {b}, again {a}', { a: 'x', b: 2 })).toBe('x and 2, again x');
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  it('formats numbers for the locale', () => {
    expect(interpolate('{n} files', { n: 12345 }, 'en')).toBe('12,345 files');
    expect(interpolate('{n} fichiers', { n: 12345 }, 'fr')).toMatch(/^12\s345 fichiers$/u);
  });

  it('does not treat values as templates', () => {
    expect(interpolate('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });
});

describe('plurals', () => {
  it('chooses one/other with the language rules', () => {
    const value = { one: '{count} minute', other: '{count} minutes' };
    expect(pickForm(value, 1, 'en')).toBe('{count} minute');
    expect(pickForm(value, 0, 'en')).toBe('{count} minutes');
    expect(pickForm(value, 0, 'fr')).toBe('{count} minute');
    expect(pickForm('plain', 5, 'en')).toBe('plain');
  });

  it('interpolates count in plural messages', () => {
    const { t } = createTranslator('en');
    expect(t('unlock.lockedIdle', { count: 1 })).toMatch(/^Locked after 1 minute of inactivity\./);
    expect(t('unlock.lockedIdle', { count: 10 })).toMatch(/^Locked after 10 minutes of inactivity\./);
  });
});

describe('translator', () => {
  it('returns the English text and fills parameters', () => {
    const { t } = createTranslator('en');
    expect(t('create.title')).toBe('Create your vault');
    expect(t('create.passphraseHint', { min: 10 })).toMatch(/^At least 10 characters\./);
  });

  it('is type-checked: unknown keys and missing parameters do not compile', () => {
    const { t } = createTranslator('en');
    // @ts-expect-error unknown key
    expect(t('no.such.key')).toBe('no.such.key');
    // @ts-expect-error missing {min}
    expect(t('create.passphraseHint')).toContain('{min}');
    // @ts-expect-error a message without placeholders takes no parameters
    expect(t('create.title', { x: 1 })).toBe('Create your vault');
  });

  it('types other languages against English: a missing key is an error', () => {
    // @ts-expect-error 'create.title' and the rest are missing
    const partial: Messages = { 'app.name': 'CVault' };
    expect(partial['app.name']).toBe('CVault');
    const plural: Messages['unlock.lockedIdle'] = { one: 'a', other: 'b' };
    // @ts-expect-error a plural message cannot be translated as a plain string
    const wrong: Messages['unlock.lockedIdle'] = 'x';
    expect([plural, wrong]).toHaveLength(2);
  });
});

describe('catalogues', () => {
  it('every language has exactly the English keys, kinds and placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const locale of LOCALES) {
      const messages: Messages = catalogues[locale];
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const key of keys as MessageKey[]) {
        const source = en[key];
        const translated = messages[key];
        expect(typeof translated, `${locale} ${key}`).toBe(typeof source);
        expect(translated, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(source));
      }
    }
  });

  it('plural messages use {count}', () => {
    for (const [key, value] of Object.entries(en)) {
      if (typeof value !== 'string') expect(placeholders(value), key).toContain('count');
    }
  });

  it('uses ids of the form area.item', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(\.[A-Za-z0-9_-]+)+$/);
  });
});

describe('matchLocale', () => {
  it('picks the first supported language, by base tag, else English', () => {
    expect(matchLocale(['en-GB', 'nl'])).toBe('en');
    expect(matchLocale(['xx-YY', 'EN'])).toBe('en');
    expect(matchLocale([])).toBe('en');
    expect(matchLocale(['de-DE'])).toBe('en');
  });
});
