import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openEncryptedDb } from '../../../electron/core/vault/database';
import { MIGRATIONS, migrate, schemaVersionOf } from '../../../electron/core/vault/migrations';
import { m005Export } from '../../../electron/core/vault/migrations/005-export';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

/** 005 needs 004 before it in the list; until then it is applied by hand on top of the latest. */
const upTo005 = () => {
  const db = openEncryptedDb(join(tmp.make(), 'm.db'), randomBytes(32), true);
  const registered = MIGRATIONS.some((m) => m === m005Export);
  migrate(db, registered ? 4 : undefined);
  const before = schemaVersionOf(db);
  if (registered) migrate(db, 5);
  else db.transaction(() => m005Export.up(db))();
  return { db, before };
};

describe('migration 005: share log and template folders', () => {
  it('applies on top of the previous version with STRICT tables and a clean integrity check', () => {
    const { db } = upTo005();
    for (const t of ['shares', 'template_folders']) expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(t)).toMatch(/STRICT\s*$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeDb(db);
  });

  it('keeps the log append-only, checks its values, and goes with the candidate', () => {
    const { db } = upTo005();
    db.prepare(`INSERT INTO candidates (id, ref, name, language, created_at, updated_at) VALUES (1, 'CV-2026-0001', 'X', 'nl', 't', 't')`).run();
    const insert = (mode: string, sha: string) =>
      db.prepare(`INSERT INTO shares (candidate_id, ref, cv_version, template_id, template_name, mode, language, format, consultant, at, file_name, sha256, size)
                  VALUES (1, 'CV-2026-0001', 1, 'classic', 'Classic', ?, 'nl', 'pdf', 'An', 't', 'a.pdf', ?, 10)`).run(mode, sha);
    insert('blind', 'a'.repeat(64));
    expect(() => insert('anonymous', 'a'.repeat(64))).toThrow(/CHECK/);
    expect(() => insert('blind', 'short')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE shares SET consultant = 'B'`).run()).toThrow(/append-only/);
    db.prepare(`DELETE FROM candidates WHERE id = 1`).run();
    expect(db.prepare(`SELECT count(*) FROM shares`).pluck().get()).toBe(0);
    closeDb(db);
  });
});
