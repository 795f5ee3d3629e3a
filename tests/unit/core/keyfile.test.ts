import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { unwrapKey, wrapKey } from '../../../electron/core/vault/keyfile';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

const ID = '7d5c6e2a-6a43-4a77-9c3f-0b3b8a9f2c11';

describe('key wrapping', () => {
  it('unwraps the same key with the same passphrase, with a fresh salt and IV each time', async () => {
    const key = randomBytes(32);
    const a = await wrapKey(key, PASSPHRASE, ID, 'now', TEST_KDF);
    const b = await wrapKey(key, PASSPHRASE, ID, 'now', TEST_KDF);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.wrap.key).not.toBe(b.wrap.key);
    expect((await unwrapKey(a, PASSPHRASE)).equals(key)).toBe(true);
  });

  it('treats a passphrase differing only in Unicode normalisation as the same', async () => {
    const key = randomBytes(32);
    const f = await wrapKey(key, 'Zoë-en-Chloé-wandelen-ver', ID, 'now', TEST_KDF);
    const decomposed = 'Zoë-en-Chloé-wandelen-ver'.normalize('NFD');
    expect((await unwrapKey(f, decomposed)).equals(key)).toBe(true);
  });

  it.each([
    ['a wrong passphrase', (f: Awaited<ReturnType<typeof wrapKey>>) => ({ f, p: 'not-the-passphrase-at-all' })],
    ['a flipped ciphertext byte', (f: Awaited<ReturnType<typeof wrapKey>>) => {
      const k = Buffer.from(f.wrap.key, 'base64');
      k[0] = (k[0] ?? 0) ^ 1;
      return { f: { ...f, wrap: { ...f.wrap, key: k.toString('base64') } }, p: PASSPHRASE };
    }],
    ['another vault id (swapped key file)', (f: Awaited<ReturnType<typeof wrapKey>>) => ({
      f: { ...f, vaultId: '00000000-0000-4000-8000-000000000000' },
      p: PASSPHRASE,
    })],
  ])('refuses %s with VAULT_WRONG_PASSPHRASE', async (_label, mutate) => {
    const wrapped = await wrapKey(randomBytes(32), PASSPHRASE, ID, 'now', TEST_KDF);
    const { f, p } = mutate(wrapped);
    await expect(unwrapKey(f, p)).rejects.toSatisfy((e: unknown) => e instanceof CoreError && e.code === 'VAULT_WRONG_PASSPHRASE');
  });
});
