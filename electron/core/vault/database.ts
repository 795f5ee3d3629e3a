import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../errors';

export type Db = Database.Database;

export interface DbOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron), when not the default one. */
  nativeBinding?: string | undefined;
}

const sqliteCode = (e: unknown): string => (e as { code?: string } | null)?.code ?? '';

/** Maps SQLite failures at open time to the vault's typed errors. */
export const mapOpenError = (e: unknown): CoreError => {
  const code = sqliteCode(e);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new CoreError('VAULT_BUSY', 'The vault is in use by another CVault window or command. Close it and try again.');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new CoreError('VAULT_CORRUPT', 'The vault database is damaged or does not belong to this key file.');
  if (code.startsWith('SQLITE_CANTOPEN')) return new CoreError('VAULT_NOT_FOUND', 'The vault database cannot be opened.');
  if (e instanceof CoreError) return e;
  return new CoreError('VAULT_CORRUPT', 'The vault database could not be opened.');
};

/**
 * Opens (or creates) the SQLCipher database with the raw 32-byte key and the pragmas the design
 * requires on every open. The connection takes an exclusive lock that lasts until it is closed:
 * a second process gets VAULT_BUSY instead of writing beside us. The key is passed as a blob
 * literal, never inside a URI or file name.
 */
export const openEncryptedDb = (file: string, key: Buffer, create: boolean, options: DbOptions = {}): Db => {
  let db: Db;
  try {
    db = new Database(file, {
      fileMustExist: !create,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw mapOpenError(e);
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.pragma('locking_mode=EXCLUSIVE');
    db.pragma('busy_timeout=300');
    // First read: a wrong key or a foreign file fails here (SQLITE_NOTADB), another holder with SQLITE_BUSY.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode=WAL');
    // WAL reopens as NORMAL otherwise; FULL keeps every acknowledged write across a power cut.
    db.pragma('synchronous=FULL');
    // This build defaults to on-disk temp files, which would be unencrypted.
    db.pragma('temp_store=MEMORY');
    db.pragma('secure_delete=ON');
    db.pragma('foreign_keys=ON');
    db.pragma('mmap_size=0');
    db.pragma('busy_timeout=5000');
    // Take the exclusive lock now rather than at the first write.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return db;
  } catch (e) {
    db.close();
    throw mapOpenError(e);
  }
};

export const closeDb = (db: Db): void => {
  if (!db.open) return;
  try {
    // Leaves no -wal content behind: deleted rows must not linger there.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
};
