import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verify';
import { canShare } from '../../../electron/core/consent/gate';
import { isSuppressed } from '../../../electron/core/repositories/suppression';
import { eraseCandidate } from '../../../electron/core/rights/erase';
import { addRequest } from '../../../electron/core/rights/requests';
import { candidateTables, KEPT_AFTER_ERASURE, NOT_CANDIDATE_DATA, userTables } from '../../../electron/core/rights/schema-scan';
import { extendRetention } from '../../../electron/core/retention/actions';
import type { Db } from '../../../electron/core/vault/database';
import { migrate } from '../../../electron/core/vault/migrations';
import { vaultFiles } from '../../../electron/core/vault/paths';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, rawVaultBytes, TEST_KDF } from '../../support/vault';
import { person, seedCandidate, seedShare, type Person } from './seed';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

const NOW = new Date('2026-02-01T10:00:00Z');

/** Every form an identifier is stored in: as typed, the normalised contact key, digits only. */
const needles = (p: Person): string[] => [p.name, p.email, p.phone, p.phone.replace(/\D/g, '').slice(2), p.street, p.name.split(' ')[1] ?? p.name];

const found = (files: Buffer[], p: Person): string[] => needles(p).filter((n) => files.some((b) => b.includes(Buffer.from(n, 'utf8'))));

/** An unencrypted database with the vault's pragmas and schema: the only way to see whether bytes really left the files. */
const openTwin = (dir: string): { db: Db; files: () => Buffer[] } => {
  const file = join(dir, 'twin.db');
  const db = new Database(file);
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('temp_store=MEMORY');
  db.pragma('secure_delete=ON');
  db.pragma('foreign_keys=ON');
  migrate(db);
  return { db, files: () => [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f)).map((f) => readFileSync(f)) };
};

const populate = async (db: Db, who: Person, other: Person) => {
  const id = await seedCandidate(db, who);
  const keep = await seedCandidate(db, other);
  seedShare(db, id);
  addRequest(db, { candidateId: id, type: 'erasure', receivedOn: '2026-01-20', channel: 'email' }, NOW);
  extendRetention(db, id, { until: '2030-01-01', reason: `project with ${who.name}` }, NOW);
  return { id, keep };
};

describe('erasure', () => {
  it('leaves no trace of the person in the raw database, -wal and -shm (unencrypted twin)', async () => {
    const dir = tmp.make();
    const twin = openTwin(dir);
    const who = person('Twin');
    const other = person('Stays');
    const { id, keep } = await populate(twin.db, who, other);
    // The test can see: before erasure the identifiers are in the raw files.
    expect(found(twin.files(), who)).toEqual(needles(who));

    const r = eraseCandidate(twin.db, id, 'erase', NOW);
    expect(r.removed).toMatchObject({ candidates: 1, documents: 1, cv_versions: 1, sources: 1, consent_events: expect.any(Number), consent_evidence: 1, candidate_contacts: 2, shares: 1, rights_requests: 1, retention_decisions: 1, processing_flags: 2, notice_events: 1 });
    expect(r.recipients.map((c) => c.clientName)).toEqual(['Zwartberg Consulting']);
    expect(r.closedRequests).toHaveLength(1);
    expect(found(twin.files(), who)).toEqual([]);
    // The other candidate is untouched.
    expect(found(twin.files(), other).length).toBeGreaterThan(0);
    expect(twin.db.prepare(`SELECT count(*) FROM candidates WHERE id = ?`).pluck().get(keep)).toBe(1);
    // Kept: the suppression hash (they refused marketing) and one audit entry with the reference only.
    expect(r.suppressed).toBe(true);
    expect(isSuppressed(twin.db, [who.email], NOW.toISOString())).toBe(true);
    const audit = twin.db.prepare(`SELECT action, subject_ref, details FROM audit_events`).all() as { action: string; subject_ref: string; details: string }[];
    expect(audit).toEqual([{ action: 'candidate.erased', subject_ref: r.ref, details: expect.any(String) }]);
    for (const n of needles(who)) expect(audit[0]?.details).not.toContain(n);
    expect(verifyAuditChain(twin.db).ok).toBe(true);
    twin.db.close();
    expect(found(twin.files(), who)).toEqual([]);
  });

  it('on the encrypted vault: every candidate table is emptied for them, the raw files hold nothing readable', async () => {
    const dir = tmp.make();
    const vault = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const who = person('Vault');
    const { id, keep } = await populate(vault.db, who, person('Other'));
    const r = eraseCandidate(vault.db, id, 'erase', NOW);
    for (const t of candidateTables(vault.db))
      expect(vault.db.prepare(`SELECT count(*) FROM "${t.name}" WHERE ${t.where}`).pluck().get({ cid: id }), t.name).toBe(0);
    expect(existsSync(vaultFiles(dir).wal) ? readFileSync(vaultFiles(dir).wal).length : 0).toBe(0);
    expect(found(rawVaultBytes(dir), who)).toEqual([]);
    expect(canShare(vault.db, keep, undefined).allowed).toBe(true);
    expect(() => canShare(vault.db, id, undefined)).toThrow(/no such candidate/);
    expect(r.ref).toMatch(/^CV-2026-\d{4}$/);
    vault.close();
    expect(found(rawVaultBytes(dir), who)).toEqual([]);
  });

  it('covers every table of the schema: each holds candidate data (and is erased) or is listed as kept / not candidate data', async () => {
    const vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
    const erased = new Set(candidateTables(vault.db).map((t) => t.name));
    const unclassified = userTables(vault.db).filter((t) => !erased.has(t) && !(t in KEPT_AFTER_ERASURE) && !(t in NOT_CANDIDATE_DATA));
    expect(unclassified, 'tables nobody decided about: do they hold candidate data?').toEqual([]);
    // A column that names a candidate outside the erased tables is a leak unless kept on purpose.
    for (const t of userTables(vault.db).filter((n) => !erased.has(n))) {
      const cols = (vault.db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name);
      const suspicious = cols.filter((c) => /candidate|(^|_)(email|phone)/i.test(c));
      if (suspicious.length) expect(Object.keys(KEPT_AFTER_ERASURE), `${t}.${suspicious.join(',')}`).toContain(t);
    }
    for (const must of ['candidates', 'documents', 'cv_versions', 'sources', 'candidate_contacts', 'consent_events', 'consent_evidence', 'notice_events', 'processing_flags', 'rights_requests', 'retention_decisions'])
      expect(erased, must).toContain(must);
    vault.close();
  });

  it('a table added later with only a foreign key into candidate data is found and erased too', async () => {
    const vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
    vault.db.exec(`CREATE TABLE later_notes (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), body TEXT NOT NULL) STRICT;
      CREATE TRIGGER later_notes_guard BEFORE DELETE ON later_notes
        WHEN NOT EXISTS (SELECT 1 FROM erasure_guard g JOIN documents d ON d.candidate_id = g.candidate_id WHERE d.id = OLD.document_id)
        BEGIN SELECT RAISE(ABORT, 'later_notes rows go only with an erasure'); END;`);
    const who = person('Later');
    const id = await seedCandidate(vault.db, who);
    const doc = vault.db.prepare(`SELECT id FROM documents WHERE candidate_id = ?`).pluck().get(id) as number;
    vault.db.prepare(`INSERT INTO later_notes (document_id, body) VALUES (?, ?)`).run(doc, who.name);
    expect(() => vault.db.prepare(`DELETE FROM later_notes`).run()).toThrow(/only with an erasure/);
    expect(candidateTables(vault.db).map((t) => t.name)).toContain('later_notes');
    expect(eraseCandidate(vault.db, id, 'erase', NOW).removed.later_notes).toBe(1);
    expect(vault.db.prepare(`SELECT count(*) FROM erasure_guard`).pluck().get()).toBe(0);
    vault.close();
  });

  it('anonymisation keeps counts only', async () => {
    const vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
    const id = await seedCandidate(vault.db, person('Anon'));
    const r = eraseCandidate(vault.db, id, 'anonymise', NOW);
    expect(r.mode).toBe('anonymise');
    expect(vault.db.prepare(`SELECT year, language, source_kind, outcome, count FROM retention_stats`).all()).toEqual([
      { year: 2026, language: 'nl', source_kind: 'cv-library', outcome: 'anonymised', count: 1 },
    ]);
    expect(vault.db.prepare(`SELECT action FROM audit_events`).pluck().all()).toEqual(['candidate.anonymised']);
    vault.close();
  });
});
