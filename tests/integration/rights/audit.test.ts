import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../../electron/core/audit/chain';
import { appendAudit, rowToEntry, type AuditRow } from '../../../electron/core/audit/repo';
import { verifyAuditChain } from '../../../electron/core/audit/verify';
import { createInProcessCore } from '../../../electron/core/host/core';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';
import { person, seedCandidate } from './seed';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

const fill = (v: Vault, n: number) => {
  for (let i = 1; i <= n; i++) appendAudit(v.db, { at: `2026-01-01T00:00:0${i % 10}.000Z`, actor: 'An', action: 'candidates.get', subjectRef: `CV-2026-000${i % 10}`, details: { id: i } });
};
/** The attacker who has the key: removes the guard, changes the row, puts the guard back. */
const tamper = (v: Vault, sql: string, ...params: unknown[]) => {
  v.db.exec(`DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;`);
  v.db.prepare(sql).run(...params);
};

describe('the audit trail', () => {
  it('is append-only: updates and deletes are refused', async () => {
    const v = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
    fill(v, 3);
    expect(() => v.db.prepare(`UPDATE audit_events SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => v.db.prepare(`DELETE FROM audit_events`).run()).toThrow(/append-only/);
    expect(verifyAuditChain(v.db)).toMatchObject({ ok: true, entries: 3 });
    v.close();
  });

  it('a changed row is reported at that entry; a re-hashed row at the next; a removed row as a gap', async () => {
    for (const [how, expected] of [
      ['edit', { id: 4, kind: 'hash-mismatch' }],
      ['rehash', { id: 5, kind: 'link-mismatch' }],
      ['delete', { id: 5, kind: 'sequence-gap' }],
    ] as const) {
      const v = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
      fill(v, 7);
      if (how === 'edit') tamper(v, `UPDATE audit_events SET details = '{"id":99}' WHERE id = 4`);
      if (how === 'rehash') {
        // A smarter attacker recomputes the altered row's own hash: the next row's link gives it away.
        const row = v.db.prepare(`SELECT * FROM audit_events WHERE id = 4`).get() as AuditRow;
        const forged = entryHash(row.prev_hash, { ...rowToEntry(row), action: 'x' });
        tamper(v, `UPDATE audit_events SET action = 'x', hash = ? WHERE id = 4`, forged);
      }
      if (how === 'delete') tamper(v, `DELETE FROM audit_events WHERE id = 4`);
      const r = verifyAuditChain(v.db);
      expect(r.ok, how).toBe(false);
      expect(r.firstBroken, how).toMatchObject(expected);
      v.close();
    }
  });

  it('records unlocks, views, consent changes, rights steps and settings changes through the dispatcher, without personal values', async () => {
    const dir = join(tmp.make(), 'v');
    const core = createInProcessCore({ dir });
    const ok = async (name: Parameters<typeof core.call>[0], input: unknown) => {
      const r = await core.call(name, input);
      expect(r.ok, name).toBe(true);
      return r;
    };
    await ok('vault.create', { passphrase: PASSPHRASE });
    const p = person('Audit');
    const id = await seedCandidate(core.session.requireVault().db, p);
    await ok('vault.lock', {});
    await ok('vault.unlock', { passphrase: PASSPHRASE });
    await ok('candidates.get', { id });
    await ok('consent.withdraw', { candidateId: id, purpose: 'client-sharing', note: `asked by ${p.name}` });
    await ok('settings.update', { consultantName: 'Consultant Zed' });
    await ok('rights.add', { candidateId: id, type: 'objection', receivedOn: '2026-01-15', channel: 'phone' });
    expect((await core.call('candidates.get', { id: 999 })).ok).toBe(false);
    const db = core.session.requireVault().db;
    const rows = db.prepare(`SELECT action, actor, subject_ref AS ref, details FROM audit_events ORDER BY id`).all() as { action: string; actor: string; ref: string | null; details: string }[];
    expect(rows.map((r) => r.action)).toEqual(['vault.create', 'vault.unlock', 'candidates.get', 'consent.withdraw', 'settings.update', 'rights.add']);
    const ref = db.prepare(`SELECT ref FROM candidates WHERE id = ?`).pluck().get(id);
    expect(rows.filter((r) => r.ref === ref).map((r) => r.action)).toEqual(['candidates.get', 'consent.withdraw', 'rights.add']);
    expect(JSON.parse(rows[3]?.details ?? '{}')).toMatchObject({ candidateId: id, purpose: 'client-sharing', fields: ['candidateId', 'note', 'purpose'] });
    expect(JSON.parse(rows[4]?.details ?? '{}')).toEqual({ fields: ['consultantName'] });
    const all = JSON.stringify(rows.map((r) => r.details));
    for (const s of [p.name, p.email, 'Consultant Zed', PASSPHRASE]) expect(all).not.toContain(s);
    expect((await core.call('audit.verify', {})).ok && verifyAuditChain(db).ok).toBe(true);
    await core.close();
  });
});
