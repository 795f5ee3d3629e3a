import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAcceptablePassphrase } from '../../../shared/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/contract/vault';
import { CoreError } from '../errors';
import { closeDb, openEncryptedDb, type Db, type DbOptions } from './database';
import {
  DEFAULT_KDF,
  newKeyMaterial,
  readKeyFile,
  unwrapKey,
  wrapKey,
  writeKeyFile,
  type KdfParams,
  type KeyFile,
} from './keyfile';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from './migrations';
import { vaultFiles } from './paths';

export interface VaultOptions extends DbOptions {
  /** Only tests lower the KDF cost; the app and the CLI always use DEFAULT_KDF. */
  kdf?: KdfParams | undefined;
}

/** Tables whose row counts `status` reports, once a migration has created them. */
const COUNTED_TABLES = ['candidates', 'documents', 'clients', 'consent_events', 'shares', 'rights_requests'] as const;

const assertAcceptable = (passphrase: string): void => {
  if (!isAcceptablePassphrase(passphrase))
    throw new CoreError(
      'VAULT_WEAK_PASSPHRASE',
      `Choose a stronger passphrase: at least ${MIN_PASSPHRASE_LENGTH} characters, not a common word; a few unrelated words work well.`,
    );
};

export const vaultExists = (dir: string): boolean => existsSync(vaultFiles(dir).key);

export class Vault {
  private constructor(
    readonly dir: string,
    readonly db: Db,
    readonly keyFile: KeyFile,
  ) {}

  /** Creates the folder, the encrypted database (migrated to the latest schema) and the key file. */
  static async create(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    const files = vaultFiles(dir);
    if (existsSync(files.key) || existsSync(files.db))
      throw new CoreError('VAULT_EXISTS', 'A vault already exists in this folder.');
    assertAcceptable(passphrase);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { dbKey, vaultId } = newKeyMaterial();
    const keyFile = await wrapKey(dbKey, passphrase, vaultId, new Date().toISOString(), options.kdf ?? DEFAULT_KDF);
    let db: Db | undefined;
    try {
      // Created empty first so SQLite (and its -wal) inherit owner-only permissions.
      writeFileSync(files.db, '', { mode: 0o600, flag: 'wx' });
      db = openEncryptedDb(files.db, dbKey, true, options);
      migrate(db);
      db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?), (?, ?)').run(
        'vault_id',
        vaultId,
        'created_at',
        keyFile.createdAt,
      );
      // The key file is written last: until it exists there is no vault, only debris to clear.
      writeKeyFile(files.key, keyFile);
      return new Vault(dir, db, keyFile);
    } catch (e) {
      if (db) db.close();
      for (const f of [files.db, files.wal, files.shm, files.key]) rmSync(f, { force: true });
      throw e;
    } finally {
      dbKey.fill(0);
    }
  }

  /**
   * Verifies the passphrase against the wrapped key before touching the database, so a wrong
   * passphrase leaves every file of the vault byte-identical.
   */
  static async open(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    const files = vaultFiles(dir);
    const keyFile = readKeyFile(files.key);
    const dbKey = await unwrapKey(keyFile, passphrase);
    try {
      if (!existsSync(files.db)) throw new CoreError('VAULT_CORRUPT', 'The vault database file is missing.');
      const db = openEncryptedDb(files.db, dbKey, false, options);
      try {
        migrate(db);
        const id = db.prepare(`SELECT value FROM vault_meta WHERE key = 'vault_id'`).pluck().get();
        if (id !== keyFile.vaultId)
          throw new CoreError('VAULT_CORRUPT', 'The vault database does not belong to this key file.');
      } catch (e) {
        db.close();
        throw e;
      }
      return new Vault(dir, db, keyFile);
    } finally {
      dbKey.fill(0);
    }
  }

  /** Re-wraps the same database key under a new passphrase; the database itself is not touched. */
  static async changePassphrase(
    dir: string,
    current: string,
    next: string,
    options: VaultOptions = {},
  ): Promise<void> {
    const files = vaultFiles(dir);
    const keyFile = readKeyFile(files.key);
    const dbKey = await unwrapKey(keyFile, current);
    try {
      assertAcceptable(next);
      const stored = keyFile.kdf;
      const kdf = options.kdf ?? {
        name: 'scrypt' as const,
        N: Math.max(stored.N, DEFAULT_KDF.N),
        r: Math.max(stored.r, DEFAULT_KDF.r),
        p: Math.max(stored.p, DEFAULT_KDF.p),
      };
      writeKeyFile(files.key, await wrapKey(dbKey, next, keyFile.vaultId, keyFile.createdAt, kdf));
    } finally {
      dbKey.fill(0);
    }
  }

  get schemaVersion(): number {
    return schemaVersionOf(this.db);
  }

  counts(): Record<string, number> {
    const present = new Set(
      this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[],
    );
    const counts: Record<string, number> = {};
    for (const t of COUNTED_TABLES)
      if (present.has(t)) counts[t] = this.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return counts;
  }

  close(): void {
    closeDb(this.db);
  }
}

export { LATEST_SCHEMA_VERSION };
