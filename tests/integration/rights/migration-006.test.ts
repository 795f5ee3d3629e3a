import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openEncryptedDb } from '../../../electron/core/vault/database';
import { migrate, schemaVersionOf } from '../../../electron/core/vault/migrations';
import { m006Rights } from '../../../electron/core/vault/migrations/006-rights';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

describe('migration 006: rights, retention, erasure guard, audit', () => {
  it('applies on top of 005 and keeps existing candidates', () => {
    const db = openEncryptedDb(join(tmp.make(), 'm.db'), randomBytes(32), true);
    migrate(db, 5);
    db.prepare(`INSERT INTO candidates (ref, name, language, created_at, updated_at) VALUES ('CV-2026-0001', 'X', 'nl', 't', 't')`).run();
    expect(migrate(db, 6)).toBe(6);
    expect(schemaVersionOf(db)).toBe(m006Rights.version);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['rights_requests', 'retention_decisions', 'retention_stats', 'erasure_guard', 'audit_events']));
    expect(db.prepare(`SELECT count(*) FROM candidates`).pluck().get()).toBe(1);

    db.prepare(`INSERT INTO retention_decisions (candidate_id, kind, on_date, consultant, at) VALUES (1, 'extend', '2030-01-01', 'An', 't')`).run();
    expect(() => db.prepare(`UPDATE retention_decisions SET on_date = '2031-01-01'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM retention_decisions`).run()).toThrow(/only with an erasure/);
    db.prepare(`INSERT INTO erasure_guard VALUES (1)`).run();
    expect(db.prepare(`DELETE FROM retention_decisions`).run().changes).toBe(1);
    expect(() =>
      db.prepare(`INSERT INTO rights_requests (ref, candidate_id, type, channel, received_on, due_on, recorded_by, recorded_at) VALUES ('RQ-1', 1, 'gossip', 'email', 'd', 'd', 'An', 't')`).run(),
    ).toThrow(/CHECK/);
    closeDb(db);
  });
});
