import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessCore } from '../../../electron/core/host/core';
import { AUTOMATIC_ACTOR } from '../../../electron/core/rights/erase';
import { coreCalls } from '../../support/core-call';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE } from '../../support/vault';
import { person, seedCandidate, seedShare, type Person } from './seed';

const tmp = tempDirs();
let core: ReturnType<typeof createInProcessCore>;

const { call } = coreCalls(() => core);
const db = () => core.session.requireVault().db;
const refOf = (id: number): string => db().prepare(`SELECT ref FROM candidates WHERE id = ?`).pluck().get(id) as string;
const remaining = (): string[] => db().prepare(`SELECT ref FROM candidates ORDER BY id`).pluck().all() as string[];
const today = new Date().toISOString().slice(0, 10);

const relock = async (): Promise<void> => {
  await call('vault.lock', {});
  await call('vault.unlock', { passphrase: PASSPHRASE });
};

let people: Record<'plain' | 'restricted' | 'accessOpen' | 'erasureOpen' | 'shared' | 'kept', { p: Person; id: number; ref: string }>;

beforeEach(async () => {
  core = createInProcessCore({ dir: join(tmp.make(), 'vault') });
  await call('vault.create', { passphrase: PASSPHRASE });
  const seed = async (tag: string) => {
    const p = person(tag);
    const id = await seedCandidate(db(), p);
    return { p, id, ref: refOf(id) };
  };
  people = {
    plain: await seed('Plain'),
    restricted: await seed('Restricted'),
    accessOpen: await seed('AccessOpen'),
    erasureOpen: await seed('ErasureOpen'),
    shared: await seed('Shared'),
    kept: await seed('Kept'),
  };
  await call('rights.restrict', { candidateId: people.restricted.id, flag: 'restriction', reason: 'legal claim pending' });
  await call('rights.add', { candidateId: people.accessOpen.id, type: 'access', receivedOn: today, channel: 'email' });
  await call('rights.add', { candidateId: people.erasureOpen.id, type: 'erasure', receivedOn: today, channel: 'email' });
  seedShare(db(), people.shared.id, 'Hoogland Engineering');
  await call('retention.extend', { candidateId: people.kept.id, until: '2099-12-31', reason: 'framework contract talks' });
  // The seeds were last in contact in January 2026: with a one-month rule all but "kept" are overdue.
  await call('retention.setPolicies', { notPlacedMonths: 1 });
});
afterEach(async () => {
  await core.close();
  tmp.cleanup();
});

describe('automatic erasure at unlock (off unless the firm switches it on)', () => {
  it('is off by default: overdue candidates are listed, never deleted', async () => {
    expect((await call('retention.policies', {})).autoErase).toBe(false);
    await relock();
    expect(remaining()).toHaveLength(6);
    expect(await call('retention.autoErase', {})).toEqual({ enabled: false, lastRun: null });
    expect((await call('retention.due', {})).filter((d) => d.status === 'overdue')).toHaveLength(5);
  });

  it('when on, erases the overdue candidates at the next unlock and keeps those a person must decide on', async () => {
    await call('retention.setPolicies', { autoErase: true });
    // Switching it on erases nothing by itself: the policy runs when the vault is opened.
    expect(remaining()).toHaveLength(6);
    await relock();

    const { plain, restricted, accessOpen, erasureOpen, shared, kept } = people;
    expect(remaining()).toEqual([restricted.ref, accessOpen.ref, kept.ref]);
    const state = await call('retention.autoErase', {});
    expect(state.enabled).toBe(true);
    expect(state.lastRun?.erased.map((e) => e.ref).sort()).toEqual([plain.ref, erasureOpen.ref, shared.ref].sort());
    expect(state.lastRun?.erased.find((e) => e.ref === shared.ref)).toMatchObject({ situation: 'not-placed', dueOn: '2026-02-10', tellClients: ['Hoogland Engineering'] });
    expect(state.lastRun?.kept).toEqual([
      { ref: restricted.ref, candidateId: restricted.id, hold: 'restricted' },
      { ref: accessOpen.ref, candidateId: accessOpen.id, hold: 'open-request' },
    ]);

    // The audit names the rule and the reference code, never the person.
    const audit = await call('audit.list', { action: 'candidate.erased', limit: 50, offset: 0 });
    expect(audit.items).toHaveLength(3);
    for (const e of audit.items) expect(e).toMatchObject({ actor: AUTOMATIC_ACTOR, details: { automatic: true, situation: 'not-placed' } });
    const trail = JSON.stringify(db().prepare(`SELECT * FROM audit_events`).all()) + JSON.stringify(state);
    for (const { p } of [plain, erasureOpen, shared]) for (const v of [p.name, p.email, p.phone]) expect(trail).not.toContain(v);
    expect((await call('audit.verify', {})).ok).toBe(true);

    // What is left overdue is exactly what it kept; the home counts see the run.
    const overdue = (await call('retention.due', {})).filter((d) => d.status === 'overdue').map((d) => d.ref);
    expect(overdue.sort()).toEqual([restricted.ref, accessOpen.ref].sort());
  });

  it('a second unlock erases what became free since: the lifted restriction', async () => {
    await call('retention.setPolicies', { autoErase: true });
    await relock();
    await call('rights.restrict', { candidateId: people.restricted.id, flag: 'restriction', lift: true });
    await relock();
    expect(remaining()).toEqual([people.accessOpen.ref, people.kept.ref]);
    expect((await call('retention.autoErase', {})).lastRun?.erased.map((e) => e.ref)).toEqual([people.restricted.ref]);
  });

  it('switched off again, it stops: nothing more is erased at unlock', async () => {
    await call('retention.setPolicies', { autoErase: true });
    await call('retention.setPolicies', { autoErase: false });
    await relock();
    expect(remaining()).toHaveLength(6);
    expect((await call('retention.autoErase', {})).enabled).toBe(false);
  });
});
