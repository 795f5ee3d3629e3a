import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { closeDb, openEncryptedDb } from '../../../electron/core/vault/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersionOf } from '../../../electron/core/vault/migrations';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

const freshDb = () => openEncryptedDb(join(tmp.make(), 'm.db'), randomBytes(32), true);

describe('migrations', () => {
  it('are numbered 1..n in list order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty vault to the latest version, with every table STRICT', () => {
    const db = freshDb();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      // FTS virtual tables cannot be STRICT; every ordinary table must be.
      if (/CREATE VIRTUAL TABLE/i.test(t.sql)) continue;
      expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/i);
    }
    closeDb(db);
  });

  for (const m of MIGRATIONS) {
    it(`${String(m.version).padStart(3, '0')} ${m.name}: applies on top of version ${m.version - 1}`, () => {
      const db = freshDb();
      migrate(db, m.version - 1);
      expect(schemaVersionOf(db)).toBe(m.version - 1);
      const before = new Set(db.prepare(`SELECT name FROM sqlite_master`).pluck().all());
      migrate(db, m.version);
      expect(schemaVersionOf(db)).toBe(m.version);
      const after = db.prepare(`SELECT name FROM sqlite_master`).pluck().all();
      expect(after.length).toBeGreaterThanOrEqual(before.size);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      closeDb(db);
    });
  }

  it('roll back a failing migration whole: the version stays where it was', () => {
    const db = freshDb();
    migrate(db, LATEST_SCHEMA_VERSION);
    const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE half (x TEXT) STRICT; SELECT * FROM missing_table;') };
    expect(() =>
      db.transaction(() => {
        broken.up(db);
        db.pragma(`user_version = ${broken.version}`);
      })(),
    ).toThrow();
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half'`).pluck().get()).toBe(0);
    closeDb(db);
  });

  it('refuse a vault newer than the app with VAULT_TOO_NEW', () => {
    const db = freshDb();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(CoreError);
    try {
      migrate(db);
    } catch (e) {
      expect((e as CoreError).code).toBe('VAULT_TOO_NEW');
    }
    closeDb(db);
  });
});
