import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCv, type ImportDeps } from '../../../electron/core/candidates/import';
import { getCandidateDetail, listCandidates } from '../../../electron/core/candidates/queries';
import { rectifyCv } from '../../../electron/core/candidates/rectify';
import { isCoreError } from '../../../electron/core/errors';
import { extractDocument } from '../../../electron/core/intake/extract';
import { Vault } from '../../../electron/core/vault/vault';
import { structureCv } from '../../../shared/cv/structure';
import { fixtureSet, type Fixture } from '../../fixtures';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

/** Art. 16: a consultant corrects a candidate's data; the correction is a new version, history stays. */
const tmp = tempDirs();
let vault: Vault;
let deps: ImportDeps;
let fixtures: Fixture[];

beforeAll(async () => {
  fixtures = (await fixtureSet()).filter((f) => f.format === 'pdf').slice(0, 2);
}, 60_000);

beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  deps = { db: () => vault.db, extract: (b) => extractDocument(b), structure: structureCv };
});

const importFixture = async (f: Fixture, bytes = f.bytes) => {
  const out = await importCv(deps, { fileName: f.name, bytes, source: { kind: 'website-form' } });
  if (out.candidateId === undefined) throw new Error(`import failed: ${JSON.stringify(out.error)}`);
  return out.candidateId;
};

describe('rectification', () => {
  it('stores the corrected name and e-mail as a new version and keeps the original version', async () => {
    const f = fixtures[0]!;
    const id = await importFixture(f);
    const before = getCandidateDetail(vault.db, id);
    const corrected = {
      ...before.cv,
      contact: { ...before.cv.contact, name: 'Corrected Name', emails: ['corrected@example.org'] },
    };
    expect(rectifyCv(vault.db, id, before.version, corrected)).toEqual({ version: 2 });

    const after = getCandidateDetail(vault.db, id);
    expect(after.name).toBe('Corrected Name');
    expect(after.contact.emails).toEqual(['corrected@example.org']);
    expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(getCandidateDetail(vault.db, id, 1).cv.contact.name).toBe(f.truth.contact.name);
    expect(listCandidates(vault.db, { query: 'Corrected', limit: 10, offset: 0 }).items.map((c) => c.id)).toEqual([id]);
  });

  it('recognises the candidate by the corrected e-mail when a CV with it comes in', async () => {
    const [a, b] = fixtures as [Fixture, Fixture];
    const id = await importFixture(a);
    const detail = getCandidateDetail(vault.db, id);
    const otherEmail = b.truth.contact.emails[0]!;
    rectifyCv(vault.db, id, detail.version, { ...detail.cv, contact: { ...detail.cv.contact, emails: [otherEmail] } });
    const out = await importCv(deps, { fileName: b.name, bytes: b.bytes, source: { kind: 'referral' } });
    expect(out).toMatchObject({ status: 'imported', candidateId: id, matchedExisting: true });
  });

  it('refuses a correction based on a stale version and writes nothing', async () => {
    const id = await importFixture(fixtures[0]!);
    const detail = getCandidateDetail(vault.db, id);
    rectifyCv(vault.db, id, 1, { ...detail.cv, contact: { ...detail.cv.contact, name: 'First Edit' } });
    let error: unknown;
    try {
      rectifyCv(vault.db, id, 1, { ...detail.cv, contact: { ...detail.cv.contact, name: 'Second Edit' } });
    } catch (e) {
      error = e;
    }
    expect(isCoreError(error) && error.code).toBe('INVALID_INPUT');
    expect(getCandidateDetail(vault.db, id).name).toBe('First Edit');
    expect(getCandidateDetail(vault.db, id).versions).toHaveLength(2);
  });

  it('refuses an unknown candidate', () => {
    const cv = { schemaVersion: 1 as const, language: 'en' as const, header: [], sections: [], contact: { emails: [], phones: [], links: [] }, furniture: [], hasPhoto: false };
    expect(() => rectifyCv(vault.db, 999, 1, cv)).toThrow(/no such candidate/i);
  });
});
