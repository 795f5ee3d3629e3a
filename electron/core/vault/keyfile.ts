import { createCipheriv, createDecipheriv, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { CoreError } from '../errors';

/**
 * scrypt cost. N = 2^17, r = 8 takes 128 MiB and about half a second here: slow enough to make
 * guessing expensive, fast enough for an unlock. Stored with each key file so it can be raised
 * later without breaking older vaults.
 */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number };

const B64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

const KeyFile = z.object({
  format: z.literal('cvault-key/1'),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 24),
    r: z.number().int().min(1).max(64),
    p: z.number().int().min(1).max(16),
    salt: B64,
  }),
  wrap: z.object({ alg: z.literal('aes-256-gcm'), iv: B64, tag: B64, key: B64 }),
});
export type KeyFile = z.infer<typeof KeyFile>;

const deriveKek = (passphrase: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const maxmem = 128 * kdf.N * kdf.r * 2 + 1024 * 1024;
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });

/** The vault id is bound into the ciphertext so a key file cannot be swapped between vaults unnoticed. */
const aadOf = (vaultId: string): Buffer => Buffer.from(`cvault-key/1:${vaultId}`, 'utf8');

export const wrapKey = async (
  dbKey: Buffer,
  passphrase: string,
  vaultId: string,
  createdAt: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<KeyFile> => {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aadOf(vaultId));
  const wrapped = Buffer.concat([cipher.update(dbKey), cipher.final()]);
  kek.fill(0);
  return {
    format: 'cvault-key/1',
    vaultId,
    createdAt,
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    wrap: {
      alg: 'aes-256-gcm',
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      key: wrapped.toString('base64'),
    },
  };
};

/** Returns the database key, or throws VAULT_WRONG_PASSPHRASE when the GCM tag does not verify. */
export const unwrapKey = async (file: KeyFile, passphrase: string): Promise<Buffer> => {
  const kek = await deriveKek(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.wrap.iv, 'base64'));
    decipher.setAAD(aadOf(file.vaultId));
    decipher.setAuthTag(Buffer.from(file.wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(file.wrap.key, 'base64')), decipher.final()]);
    if (key.length !== 32) throw new CoreError('VAULT_CORRUPT', 'The vault key file holds a key of the wrong size.');
    return key;
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw new CoreError('VAULT_WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  } finally {
    kek.fill(0);
  }
};

export const newKeyMaterial = () => ({ dbKey: randomBytes(32), vaultId: randomUUID() });

export const readKeyFile = (path: string): KeyFile => {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new CoreError('VAULT_NOT_FOUND', 'There is no vault in this folder.');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new CoreError('VAULT_CORRUPT', 'The vault key file is damaged (not valid JSON).');
  }
  const parsed = KeyFile.safeParse(json);
  if (!parsed.success) throw new CoreError('VAULT_CORRUPT', 'The vault key file is damaged or of an unknown format.');
  return parsed.data;
};

/** Write-to-temp, fsync, rename: a crash leaves either the old or the new key file, never half of one. */
export const writeKeyFile = (path: string, file: KeyFile): void => {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
};
