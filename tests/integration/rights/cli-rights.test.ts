import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePersona, pdfToText, renderPdfFixture } from '../../fixtures';
import { cvault } from '../../support/cli';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
const env = { CVAULT_PASSPHRASE: 'amber-otter-climbs-7-hills' };
const today = new Date().toISOString().slice(0, 10);
let dir: string;
let ref: string;
let fullName: string;

const run = (...args: string[]) => cvault(['--vault', dir, ...args], env);
const json = <T>(r: { json: unknown }) => r.json as T;

beforeAll(async () => {
  dir = tmp.make();
  expect(run('init', '--json').code).toBe(0);
  const persona = generatePersona(47, 'nl');
  fullName = persona.fullName;
  const file = join(tmp.make(), 'cv.pdf');
  writeFileSync(file, (await renderPdfFixture(persona, 'single')).bytes);
  const imported = run('import', file, '--source', 'website-form', '--json');
  expect(imported.code, imported.stderr).toBe(0);
  ref = (JSON.parse(imported.stdout.trim().split('\n')[0] ?? '{}') as { ref: string }).ref;
}, 120_000);
afterAll(() => tmp.cleanup());

describe('cvault rights / restrict / retention / erase / audit', () => {
  let req: string;

  it('an access request from receipt to bundle, identity first', () => {
    const added = run('rights', 'add', ref, '--type', 'access', '--received', today, '--channel', 'email', '--json');
    expect(added.code, added.stderr).toBe(0);
    req = json<{ ref: string }>(added).ref;
    expect(json<{ dueOn: string; candidateRef: string }>(added)).toMatchObject({ candidateRef: ref, status: 'open' });
    const out = tmp.make('cvault-bundle-');
    const early = run('rights', 'export', ref, '--out', out, '--json');
    expect(early.code).toBe(1);
    expect(json<{ error: { code: string } }>(early).error.code).toBe('RIGHTS_IDENTITY_UNVERIFIED');
    expect(run('rights', 'verify-identity', req, '--method', 'id-document', '--json').code).toBe(0);
    const b = run('rights', 'export', ref, '--out', out, '--json');
    expect(b.code, b.stderr).toBe(0);
    const bundle = json<{ dir: string; pdf: string; json: string; files: string[]; requestRef: string }>(b);
    expect(bundle.requestRef).toBe(req);
    expect(bundle.files.length).toBeGreaterThanOrEqual(1);
    for (const f of [bundle.pdf, bundle.json, ...bundle.files]) expect(existsSync(f), f).toBe(true);
    expect(pdfToText(readFileSync(bundle.pdf))).toContain(fullName);
    const list = run('rights', 'list', '--due', '--json');
    expect(json<{ counts: { open: number } }>(list).counts.open).toBe(1);
    expect(run('rights', 'list').stdout).toContain(req);
    const closed = run('rights', 'close', req, '--outcome', 'Bundle handed over', '--json');
    expect(json<{ status: string }>(closed).status).toBe('closed');
    expect(json<{ error: { code: string } }>(run('rights', 'extend', req, '--reason', 'late', '--json')).error.code).toBe('RIGHTS_EXTENSION_NOT_ALLOWED');
  });

  it('restrict and lift; retention due lists nothing for a fresh CV', () => {
    const r = run('restrict', ref, '--json');
    expect(json<{ restricted: boolean }>(r)).toMatchObject({ restricted: true, objected: false });
    expect(run('clients', 'add', 'Zwartberg NV', '--country', 'BE').code).toBe(0);
    expect(json<{ reasons: { code: string }[] }>(run('can-share', ref, '--client', 'Zwartberg NV', '--json')).reasons.map((x) => x.code)).toContain('PROCESSING_RESTRICTED');
    expect(json<{ restricted: boolean }>(run('restrict', ref, '--lift', '--json')).restricted).toBe(false);
    expect(json<unknown[]>(run('retention', 'due', '--json'))).toEqual([]);
  });

  it('retention auto-erase: off by default, switched on and off; a fresh CV is not touched', () => {
    expect(json<{ enabled: boolean; lastRun: unknown }>(run('retention', 'auto-erase', '--json'))).toEqual({ enabled: false, lastRun: null });
    expect(json<{ enabled: boolean }>(run('retention', 'auto-erase', 'on', '--json')).enabled).toBe(true);
    // The next command's unlock runs the policy: nothing is overdue, so nothing goes.
    const state = json<{ enabled: boolean; lastRun: { erased: unknown[]; kept: unknown[] } }>(run('retention', 'auto-erase', '--json'));
    expect(state).toMatchObject({ enabled: true, lastRun: { erased: [], kept: [] } });
    expect(json<{ ref: string }>(run('show', ref, '--json')).ref).toBe(ref);
    expect(run('retention', 'auto-erase', 'off').stdout).toContain('Automatic erasure is off');
    expect(run('retention', 'auto-erase', 'sometimes').code).toBe(2);
  });

  it('erase needs --yes; then the candidate is gone and the audit chain verifies', () => {
    expect(run('erase', ref).code).toBe(2);
    const e = run('erase', ref, '--yes', '--json');
    expect(e.code, e.stderr).toBe(0);
    expect(json<{ ref: string; removed: Record<string, number> }>(e)).toMatchObject({ ref, removed: { candidates: 1, documents: 1 } });
    expect(json<{ error: { code: string } }>(run('show', ref, '--json')).error.code).toBe('CANDIDATE_NOT_FOUND');
    const a = run('audit', 'verify', '--json');
    expect(a.code).toBe(0);
    expect(json<{ ok: boolean; entries: number }>(a)).toMatchObject({ ok: true });
    expect(json<{ entries: number }>(a).entries).toBeGreaterThan(8);
  });
});
