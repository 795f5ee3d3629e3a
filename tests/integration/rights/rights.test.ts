import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundleJson } from '../../../shared/rights/bundle';
import { createInProcessCore } from '../../../electron/core/host/core';
import { candidateTables } from '../../../electron/core/rights/schema-scan';
import { pdfToText } from '../../fixtures';
import { coreCalls } from '../../support/core-call';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE } from '../../support/vault';
import { originalBytes, person, seedCandidate, seedShare } from './seed';

const tmp = tempDirs();
let core: ReturnType<typeof createInProcessCore>;

const { call, failure } = coreCalls(() => core);
const db = () => core.session.requireVault().db;

beforeEach(async () => {
  core = createInProcessCore({ dir: join(tmp.make(), 'vault') });
  await call('vault.create', { passphrase: PASSPHRASE });
});
afterEach(async () => {
  await core.close();
  tmp.cleanup();
});

const today = new Date().toISOString().slice(0, 10);

describe('rights requests end to end (through the API, as the UI and the CLI call them)', () => {
  it('access: received → identity verified → bundle (PDF, JSON, original) → closed; nothing disclosed before verification', async () => {
    const p = person('Access');
    const id = await seedCandidate(db(), p);
    seedShare(db(), id);
    const req = await call('rights.add', { candidateId: id, type: 'access', receivedOn: today, channel: 'email' });
    expect(req).toMatchObject({ type: 'access', status: 'open', extensionMonths: 0, overdue: false });
    expect(req.ref).toMatch(/^RQ-\d{4}-\d{4}$/);
    const out = tmp.make();
    expect(await failure('rights.export', { id: req.id, outDir: out })).toBe('RIGHTS_IDENTITY_UNVERIFIED');

    await call('rights.verifyIdentity', { id: req.id, method: 'known-email' });
    const b = await call('rights.export', { id: req.id, outDir: out });
    expect(existsSync(b.pdf) && existsSync(b.json)).toBe(true);
    const json = BundleJson.parse(JSON.parse(readFileSync(b.json, 'utf8')));
    // Every table that holds candidate data is in the bundle, read from the live schema.
    expect(Object.keys(json.tables).sort()).toEqual(candidateTables(db()).map((t) => t.name).sort());
    expect(json.tables.candidates?.rows[0]).toMatchObject({ name: p.name });
    expect(json.recipients.map((r) => r.clientName)).toEqual(['Zwartberg Consulting']);
    const original = json.files.find((f) => f.table === 'documents');
    expect(original && Buffer.compare(readFileSync(join(b.dir, original.path)), Buffer.from(originalBytes(p)))).toBe(0);
    expect(json.files.some((f) => f.table === 'consent_evidence')).toBe(true);
    const text = pdfToText(readFileSync(b.pdf));
    for (const s of [p.name, p.email, 'Zwartberg Consulting', req.ref, 'consent', 'Projectleider bij Zwartberg NV']) expect(text).toContain(s);
    // An existing bundle is never overwritten.
    expect(await failure('rights.export', { id: req.id, outDir: out })).toBe('RIGHTS_BUNDLE_FOLDER');

    const closed = await call('rights.close', { id: req.id, outcome: 'Bundle sent by e-mail' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: today, outcome: 'Bundle sent by e-mail' });
    expect(await failure('rights.close', { id: req.id, outcome: 'again' })).toBe('RIGHTS_REQUEST_CLOSED');
  });

  it('deadlines: one month, extension with reason up to two months, queue by due date with overdue flag and counts', async () => {
    const id = await seedCandidate(db(), person('Queue'));
    const old = await call('rights.add', { candidateId: id, type: 'rectification', receivedOn: '2025-01-31', channel: 'letter' });
    const fresh = await call('rights.add', { candidateId: id, type: 'portability', receivedOn: today, channel: 'email' });
    expect(old.dueOn).toBe('2025-02-28');
    expect(old.overdue).toBe(true);
    expect(await failure('rights.extend', { id: old.id, months: 2, reason: 'complex request' })).toBe('RIGHTS_EXTENSION_NOT_ALLOWED');
    const ext = await call('rights.extend', { id: fresh.id, months: 1, reason: 'many documents to collect' });
    expect(ext.extensionMonths).toBe(1);
    expect(ext.dueOn > ext.firstDueOn).toBe(true);
    expect((await call('rights.extend', { id: fresh.id, months: 1, reason: 'still collecting' })).extensionMonths).toBe(2);
    expect(await failure('rights.extend', { id: fresh.id, months: 1, reason: 'one more' })).toBe('RIGHTS_EXTENSION_NOT_ALLOWED');
    const q = await call('rights.list', { openOnly: true });
    expect(q.requests.map((r) => r.ref)).toEqual([old.ref, fresh.ref]);
    expect(q.counts).toEqual({ open: 2, overdue: 1, dueWithinWeek: 0 });
  });

  it('restriction and objection block sharing and marketing while set; lifting is recorded', async () => {
    const id = await seedCandidate(db(), person('Flags'));
    const codes = async () => (await call('sharing.check', { candidateId: id })).reasons.map((r) => r.code);
    const base = await codes();
    expect(base).not.toContain('PROCESSING_RESTRICTED');
    expect((await call('rights.restrict', { candidateId: id, flag: 'restriction', lift: false, reason: 'accuracy contested' })).restricted).toBe(true);
    expect(await codes()).toContain('PROCESSING_RESTRICTED');
    expect((await call('consent.get', { candidateId: id })).marketing.allowed).toBe(false);
    await call('rights.restrict', { candidateId: id, flag: 'objection', lift: false });
    expect(await codes()).toEqual(expect.arrayContaining(['PROCESSING_RESTRICTED', 'OBJECTION_RECORDED']));
    await call('rights.restrict', { candidateId: id, flag: 'restriction', lift: true });
    await call('rights.restrict', { candidateId: id, flag: 'objection', lift: true });
    expect(await codes()).toEqual(base);
    expect(await failure('rights.restrict', { candidateId: id, flag: 'objection', lift: true })).toBe('INVALID_INPUT');
    const log = db().prepare(`SELECT flag, action FROM processing_flags WHERE candidate_id = ? ORDER BY id`).all(id);
    expect(log.slice(-4)).toEqual([
      { flag: 'restriction', action: 'set' },
      { flag: 'objection', action: 'set' },
      { flag: 'restriction', action: 'lift' },
      { flag: 'objection', action: 'lift' },
    ]);
  });

  it('erasure from request to confirmation: the request is answered, the clients to inform are listed, the audit keeps the references', async () => {
    const p = person('Erase');
    const id = await seedCandidate(db(), p);
    seedShare(db(), id);
    const req = await call('rights.add', { candidateId: id, type: 'erasure', receivedOn: today, channel: 'web-form' });
    await call('rights.verifyIdentity', { id: req.id, method: 'known-email' });
    expect(await failure('rights.erase', { candidateId: id, confirm: false as unknown as true })).toBe('INVALID_INPUT');
    const r = await call('rights.erase', { candidateId: id, confirm: true });
    expect(r.closedRequests).toEqual([req.ref]);
    expect(r.recipients.map((c) => c.clientName)).toEqual(['Zwartberg Consulting']);
    expect(await failure('candidates.get', { id })).toBe('CANDIDATE_NOT_FOUND');
    const trail = await call('audit.list', { subjectRef: r.ref, limit: 100, offset: 0 });
    expect(trail.items.map((e) => e.action).reverse()).toEqual(['rights.add', 'rights.verifyIdentity', 'candidate.erased']);
    const erased = trail.items[0]?.details as { requests: { ref: string; type: string }[] };
    expect(erased.requests).toEqual([expect.objectContaining({ ref: req.ref, type: 'erasure' })]);
    const all = JSON.stringify(db().prepare(`SELECT * FROM audit_events`).all());
    for (const s of [p.name, p.email, p.phone]) expect(all).not.toContain(s);
  });

  it('retention: due listing, extend with reason, placed; nothing is deleted by listing', async () => {
    const id = await seedCandidate(db(), person('Keep'));
    db().prepare(`UPDATE sources SET received_on = '2020-01-01' WHERE candidate_id = ?`).run(id);
    db().prepare(`DELETE FROM notice_events WHERE candidate_id = ?`).run(id);
    db().prepare(`DELETE FROM consent_events WHERE candidate_id = ?`).run(id);
    const due = await call('retention.due', {});
    expect(due).toEqual([expect.objectContaining({ candidateId: id, situation: 'not-placed', from: '2020-01-01', dueOn: '2022-01-01', status: 'overdue' })]);
    expect(db().prepare(`SELECT count(*) FROM candidates`).pluck().get()).toBe(1);
    await call('retention.setPolicies', { notPlacedMonths: 120 });
    expect(await call('retention.due', {})).toEqual([]);
    await call('retention.setPolicies', { notPlacedMonths: 24 });
    const ext = await call('retention.extend', { candidateId: id, until: '2099-12-31', reason: 'ongoing assignment talks' });
    expect(ext).toMatchObject({ dueOn: '2099-12-31', status: 'ok', extendedUntil: '2099-12-31' });
    expect(await call('retention.due', {})).toEqual([]);
    const placed = await call('retention.placed', { candidateId: id, placedOn: '2024-03-01' });
    expect(placed).toMatchObject({ situation: 'placed', from: '2024-03-01' });
  });
});
