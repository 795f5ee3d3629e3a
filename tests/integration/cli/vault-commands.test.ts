import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cvault } from '../../support/cli';
import { tempDirs } from '../../support/tmp';
import { fingerprint } from '../../support/vault';

const tmp = tempDirs();
afterAll(() => tmp.cleanup());
const PASS = 'harbour-violet-tandem-31';

describe('cvault init / status / passwd', () => {
  const dir = join(tmp.make(), 'vault');

  it('init --json creates an encrypted vault folder', () => {
    const r = cvault(['--vault', dir, 'init', '--json'], { CVAULT_PASSPHRASE: PASS });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ dir, schemaVersion: expect.any(Number), created: true });
    expect(readdirSync(dir).sort()).toEqual(['vault.db', 'vault.key.json']);
    const db = readFileSync(join(dir, 'vault.db'));
    expect(db.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(db.includes(Buffer.from('settings'))).toBe(false);
    expect(readFileSync(join(dir, 'vault.key.json'), 'utf8')).not.toContain(PASS);
  });

  it('status --json reports the schema version and counts', () => {
    const r = cvault(['status', '--vault', dir, '--json'], { CVAULT_PASSPHRASE: PASS });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ dir, schemaVersion: expect.any(Number), appSchemaVersion: expect.any(Number), counts: expect.any(Object) });
  });

  it('a wrong passphrase: exit 1, VAULT_WRONG_PASSPHRASE, files unchanged', () => {
    const before = fingerprint(dir);
    const r = cvault(['--vault', dir, 'status', '--json'], { CVAULT_PASSPHRASE: 'harbour-violet-tandem-32' });
    expect(r.code).toBe(1);
    expect(r.json).toEqual({ error: { code: 'VAULT_WRONG_PASSPHRASE', message: expect.any(String) } });
    expect(fingerprint(dir)).toEqual(before);
    const text = cvault(['--vault', dir, 'status'], { CVAULT_PASSPHRASE: 'nope-nope-nope-nope' });
    expect(text.stderr).toMatch(/^error VAULT_WRONG_PASSPHRASE: /m);
  });

  it('reads the passphrase from stdin when no terminal and no CVAULT_PASSPHRASE', () => {
    expect(cvault(['--vault', dir, 'status', '--json'], {}, `${PASS}\n`).code).toBe(0);
    const none = cvault(['--vault', dir, 'status', '--json'], {}, '');
    expect(none.code).toBe(2);
  });

  it('passwd re-wraps the key: the old passphrase stops working, the database file is untouched', () => {
    const before = fingerprint(dir);
    const r = cvault(['--vault', dir, 'passwd', '--json'], { CVAULT_PASSPHRASE: PASS, CVAULT_NEW_PASSPHRASE: 'lantern-quince-orbit-77' });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ dir, changed: true });
    expect(fingerprint(dir).db).toBe(before.db);
    expect(cvault(['--vault', dir, 'status', '--json'], { CVAULT_PASSPHRASE: PASS }).code).toBe(1);
    expect(cvault(['--vault', dir, 'status', '--json'], { CVAULT_PASSPHRASE: 'lantern-quince-orbit-77' }).code).toBe(0);
  });

  it('init on an existing vault: VAULT_EXISTS; a weak passphrase: VAULT_WEAK_PASSPHRASE', () => {
    expect(cvault(['--vault', dir, 'init', '--json'], { CVAULT_PASSPHRASE: PASS }).json).toMatchObject({ error: { code: 'VAULT_EXISTS' } });
    const weak = cvault(['--vault', join(tmp.make(), 'w'), 'init', '--json'], { CVAULT_PASSPHRASE: 'password1234' });
    expect(weak.code).toBe(1);
    expect(weak.json).toMatchObject({ error: { code: 'VAULT_WEAK_PASSPHRASE' } });
  });

  it('a missing vault is VAULT_NOT_FOUND', () => {
    const r = cvault(['--vault', join(tmp.make(), 'none'), 'status', '--json'], { CVAULT_PASSPHRASE: PASS });
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ error: { code: 'VAULT_NOT_FOUND' } });
  });

  it('usage errors exit 2: unknown command, unknown flag, missing --vault value', () => {
    expect(cvault(['frobnicate']).code).toBe(2);
    const flag = cvault(['status', '--frobnicate', '--json']);
    expect(flag.code).toBe(2);
    expect(flag.json).toMatchObject({ error: { code: 'USAGE' } });
    expect(cvault([]).code).toBe(2);
    expect(cvault(['--help']).code).toBe(0);
    expect(cvault(['--version', '--json']).json).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});
