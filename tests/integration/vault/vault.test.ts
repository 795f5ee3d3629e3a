import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry } from '../../support/bundle';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { openEncryptedDb } from '../../../electron/core/vault/database';
import { vaultFiles } from '../../../electron/core/vault/paths';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { fingerprint, OTHER_PASSPHRASE, PASSPHRASE, rawVaultBytes, TEST_KDF } from '../../support/vault';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());
const opts = { kdf: TEST_KDF };

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof CoreError) return e.code;
    throw e;
  }
  return 'no error';
};

describe('vault encryption at rest', () => {
  it('stores nothing readable: no SQLite header and no stored value in the db, -wal or -shm', async () => {
    const dir = tmp.make();
    const vault = await Vault.create(dir, PASSPHRASE, opts);
    const marker = 'Marker-Jozefien-Vandenbroucke-0470123456';
    vault.db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('probe', ?, 'now')`).run(marker);
    const whileOpen = rawVaultBytes(dir);
    expect(whileOpen.length).toBeGreaterThanOrEqual(2); // the db and its -wal while writing
    vault.close();
    for (const bytes of [...whileOpen, ...rawVaultBytes(dir)]) {
      expect(bytes.includes(Buffer.from(marker))).toBe(false);
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from('settings'))).toBe(false);
    }
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.db.prepare(`SELECT value FROM settings WHERE key = 'probe'`).pluck().get()).toBe(marker);
    reopened.close();
  });

  it('keeps the database key only wrapped: the key file holds no raw key material in the clear', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    const keyFile = JSON.parse(readFileSync(vaultFiles(dir).key, 'utf8'));
    expect(keyFile.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N, r: 8, p: 1 });
    expect(keyFile.wrap.alg).toBe('aes-256-gcm');
    expect(Buffer.from(keyFile.wrap.key, 'base64')).toHaveLength(32);
  });
});

describe('vault errors', () => {
  it('refuses a wrong passphrase with VAULT_WRONG_PASSPHRASE and leaves every file byte-identical', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    const before = fingerprint(dir);
    expect(await codeOf(Vault.open(dir, OTHER_PASSPHRASE, opts))).toBe('VAULT_WRONG_PASSPHRASE');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('reports a damaged database as VAULT_CORRUPT', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    const db = vaultFiles(dir).db;
    const bytes = readFileSync(db);
    bytes.fill(0x41, 0, 4096);
    writeFileSync(db, bytes);
    expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_CORRUPT');
  });

  it('reports a damaged key file as VAULT_CORRUPT and a folder without a vault as VAULT_NOT_FOUND', async () => {
    const dir = tmp.make();
    expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_NOT_FOUND');
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    writeFileSync(vaultFiles(dir).key, '{"format":"cvault-key/1"');
    expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_CORRUPT');
  });

  it('detects a key file swapped in from another vault', async () => {
    const a = tmp.make();
    const b = tmp.make();
    (await Vault.create(a, PASSPHRASE, opts)).close();
    (await Vault.create(b, PASSPHRASE, opts)).close();
    writeFileSync(vaultFiles(a).key, readFileSync(vaultFiles(b).key));
    expect(await codeOf(Vault.open(a, PASSPHRASE, opts))).toBe('VAULT_CORRUPT');
  });

  it('refuses a vault written by a newer app with VAULT_TOO_NEW, without changing it', async () => {
    const dir = tmp.make();
    const v = await Vault.create(dir, PASSPHRASE, opts);
    v.db.pragma('user_version = 999');
    v.close();
    const before = fingerprint(dir);
    expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_TOO_NEW');
    expect(fingerprint(dir).db).toEqual(before.db);
  });

  it('answers VAULT_BUSY while another process holds the vault open', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    const holder = fork(bundleEntry('tests/integration/vault/hold-vault.ts'), [dir, PASSPHRASE, String(TEST_KDF.N)], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.once('message', () => resolve());
        holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
      });
      expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_BUSY');
    } finally {
      holder.kill();
    }
  });

  it('refuses to create over an existing vault, and refuses a weak passphrase without writing anything', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    expect(await codeOf(Vault.create(dir, OTHER_PASSPHRASE, opts))).toBe('VAULT_EXISTS');
    const empty = join(tmp.make(), 'v');
    expect(await codeOf(Vault.create(empty, 'password12', opts))).toBe('VAULT_WEAK_PASSPHRASE');
    expect(fingerprint(empty)).toEqual({ db: null, wal: null, shm: null, key: null });
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the key: the new passphrase opens, the old one no longer does, the database is untouched', async () => {
    const dir = tmp.make();
    const v = await Vault.create(dir, PASSPHRASE, opts);
    v.db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('k', 'kept', 'now')`).run();
    v.close();
    const before = fingerprint(dir);
    await Vault.changePassphrase(dir, PASSPHRASE, OTHER_PASSPHRASE, opts);
    const after = fingerprint(dir);
    expect(after.db).toBe(before.db);
    expect(after.key).not.toBe(before.key);
    expect(await codeOf(Vault.open(dir, PASSPHRASE, opts))).toBe('VAULT_WRONG_PASSPHRASE');
    const reopened = await Vault.open(dir, OTHER_PASSPHRASE, opts);
    expect(reopened.db.prepare(`SELECT value FROM settings WHERE key = 'k'`).pluck().get()).toBe('kept');
    reopened.close();
  });

  it('refuses the change with the wrong current passphrase and keeps the key file', async () => {
    const dir = tmp.make();
    (await Vault.create(dir, PASSPHRASE, opts)).close();
    const before = fingerprint(dir);
    expect(await codeOf(Vault.changePassphrase(dir, OTHER_PASSPHRASE, 'third-passphrase-is-long-9', opts))).toBe(
      'VAULT_WRONG_PASSPHRASE',
    );
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('pragmas on open', () => {
  it('sets WAL, synchronous FULL, in-memory temp store, secure delete, foreign keys and no mmap', async () => {
    const dir = tmp.make();
    const v = await Vault.create(dir, PASSPHRASE, opts);
    const p = (name: string) => v.db.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2);
    expect(p('temp_store')).toBe(2);
    expect(p('secure_delete')).toBe(1);
    expect(p('foreign_keys')).toBe(1);
    expect(p('mmap_size')).toBe(0);
    v.close();
  });

  it('a raw key never reaches the file name', () => {
    expect(() => openEncryptedDb('file:x?key=abc', Buffer.alloc(32), false)).toThrow();
  });
});
