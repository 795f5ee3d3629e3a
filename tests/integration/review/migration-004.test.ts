import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, openEncryptedDb } from '../../../electron/core/vault/database';
import { migrate, schemaVersionOf } from '../../../electron/core/vault/migrations';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

const at004 = () => {
  const db = openEncryptedDb(join(tmp.make(), 'm.db'), randomBytes(32), true);
  migrate(db, 3);
  db.prepare(`INSERT INTO candidates (id, ref, name, language, created_at, updated_at) VALUES (1, 'CV-2026-0001', 'X', 'nl', 't', 't')`).run();
  db.prepare(`INSERT INTO cv_versions (id, candidate_id, document_id, version, schema_version, language, cv, created_at, created_by) VALUES (1, 1, NULL, 1, 1, 'nl', '{}', 't', 'An')`).run();
  migrate(db, 4);
  return db;
};

describe('migration 004: review and redaction plan', () => {
  it('applies on top of version 3 with data in it: STRICT tables, clean integrity', () => {
    const db = at004();
    expect(schemaVersionOf(db)).toBe(4);
    for (const t of ['review_detections', 'review_decisions', 'review_terms', 'review_marks'])
      expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(t)).toMatch(/STRICT\s*$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeDb(db);
  });

  it('checks decisions, keys them by fingerprint, keeps marks append-only and goes with the candidate', () => {
    const db = at004();
    const decide = (fp: string, decision: string) =>
      db.prepare(`INSERT INTO review_decisions (candidate_id, fingerprint, decision, kind, type, consultant, at) VALUES (1, ?, ?, 'identifier', 'name', 'An', 't')`).run(fp, decision);
    decide('f-1', 'accept');
    expect(() => decide('f-2', 'maybe')).toThrow(/CHECK/);
    expect(() => decide('f-1', 'reject')).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(`INSERT INTO review_detections (cv_version_id, candidate_id, detector_version, detections, created_at) VALUES (1, 1, 1, '[]', 't')`).run();
    db.prepare(`INSERT INTO review_terms (candidate_id, text, text_key, always, cv_version, consultant, at) VALUES (1, 'Acme', 'acme', 1, 1, 'An', 't')`).run();
    db.prepare(`INSERT INTO review_marks (candidate_id, cv_version, consultant, at) VALUES (1, 1, 'An', 't')`).run();
    expect(() => db.prepare(`UPDATE review_marks SET consultant = 'B'`).run()).toThrow(/append-only/);
    db.prepare(`DELETE FROM candidates WHERE id = 1`).run();
    for (const t of ['review_detections', 'review_decisions', 'review_terms', 'review_marks'])
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    closeDb(db);
  });
});
