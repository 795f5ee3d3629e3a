import { CoreError } from '../../errors';
import type { Db } from '../database';
import { m001Settings } from './001-settings';
import { m002Candidates } from './002-candidates';
import { m003Consent } from './003-consent';
import { m004Review } from './004-review';
import { m005Export } from './005-export';
import { m006Rights } from './006-rights';
import type { Migration } from './types';

/** Append-only: never edit or reorder a shipped migration, add the next one at the end. */
export const MIGRATIONS: readonly Migration[] = [m001Settings, m002Candidates, m003Consent, m004Review, m005Export, m006Rights];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export const schemaVersionOf = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

/** Brings the vault up to `target` one migration at a time, each in its own transaction. */
export const migrate = (db: Db, target: number = LATEST_SCHEMA_VERSION): number => {
  const current = schemaVersionOf(db);
  if (current > LATEST_SCHEMA_VERSION)
    throw new CoreError(
      'VAULT_TOO_NEW',
      `This vault was written by a newer CVault (schema ${current}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update CVault to open it.`,
    );
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersionOf(db);
};
