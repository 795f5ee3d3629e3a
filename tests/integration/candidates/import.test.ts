import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/cv/document';
import type { StructuredCv } from '../../../shared/cv/model';
import { importCv, type ImportDeps } from '../../../electron/core/candidates/import';
import { getCandidateDetail, getExtractedText, listCandidates } from '../../../electron/core/candidates/queries';
import { splitVersion } from '../../../electron/core/candidates/split';
import { CoreError } from '../../../electron/core/errors';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, rawVaultBytes, TEST_KDF } from '../../support/vault';

/**
 * Storage semantics of an import, with a stand-in parser: the "file" is JSON naming the contact
 * details, so each test controls exactly what the parser finds.
 */
interface FakeFile {
  name?: string;
  emails?: string[];
  phones?: string[];
  body?: string;
}
const file = (f: FakeFile): Uint8Array => new TextEncoder().encode(JSON.stringify(f));

const extract = (bytes: Uint8Array): Promise<ExtractedDocument> => {
  const f = JSON.parse(new TextDecoder().decode(bytes)) as FakeFile & { fail?: string };
  if (f.fail) return Promise.reject(new CoreError('IMPORT_CORRUPT', 'damaged'));
  const lines = [f.name ?? '', f.body ?? 'Experience'].map((text) => ({ text, page: 1, fontSize: 10, bold: false, region: 'body' as const }));
  return Promise.resolve({ format: 'pdf', pageCount: 1, lines, hasPhoto: false, properties: {}, attachments: [] });
};

const structure = (doc: ExtractedDocument): StructuredCv => {
  const name = doc.lines[0]?.text || undefined;
  return {
    schemaVersion: 1,
    language: 'en',
    header: [],
    sections: [{ kind: 'experience', title: 'Experience', lines: doc.lines.slice(1).map((l) => l.text) }],
    contact: { ...(name ? { name } : {}), emails: [], phones: [], links: [] },
    furniture: [],
    hasPhoto: false,
  };
};

const tmp = tempDirs();
let vault: Vault;
let deps: ImportDeps;
let lastContacts: FakeFile = {};

beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  deps = {
    db: () => vault.db,
    extract: (bytes) => {
      lastContacts = JSON.parse(new TextDecoder().decode(bytes)) as FakeFile;
      return extract(bytes);
    },
    structure: (doc) => {
      const cv = structure(doc);
      return { ...cv, contact: { ...cv.contact, emails: lastContacts.emails ?? [], phones: lastContacts.phones ?? [] } };
    },
    now: () => new Date('2026-03-04T10:00:00Z'),
  };
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

const source = { kind: 'job-website' as const, detail: 'StepStone', consultant: 'An' };
const counts = () => vault.counts();

describe('importing a CV', () => {
  it('creates a candidate with a reference, the original, version 1 and its source', async () => {
    const out = await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Lotte Janssens', emails: ['lotte@example.be'] }), source });
    expect(out).toEqual({ file: 'a.pdf', status: 'imported', candidateId: expect.any(Number), ref: 'CV-2026-0001', version: 1, matchedExisting: false });
    const d = getCandidateDetail(vault.db, out.candidateId ?? 0);
    expect(d).toMatchObject({ ref: 'CV-2026-0001', name: 'Lotte Janssens', source: { kind: 'job-website', detail: 'StepStone', consultant: 'An', receivedOn: '2026-03-04' } });
    expect(d.versions).toEqual([expect.objectContaining({ version: 1, fileName: 'a.pdf', format: 'pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(getExtractedText(vault.db, d.id).lines.map((l) => l.text)).toEqual(['Lotte Janssens', 'Experience']);
  });

  it('the same file again is a duplicate: nothing is stored twice', async () => {
    const bytes = file({ name: 'Lotte Janssens' });
    const first = await importCv(deps, { fileName: 'a.pdf', bytes, source });
    const before = counts();
    const again = await importCv(deps, { fileName: 'copy-of-a.pdf', bytes, source });
    expect(again).toEqual({ file: 'copy-of-a.pdf', status: 'duplicate', candidateId: first.candidateId, ref: first.ref });
    expect(counts()).toEqual(before);
  });

  it('the same file twice in parallel is stored once', async () => {
    const bytes = file({ name: 'Lotte Janssens' });
    const both = await Promise.all([importCv(deps, { fileName: 'a.pdf', bytes, source }), importCv(deps, { fileName: 'b.pdf', bytes, source })]);
    expect(both.map((o) => o.status).sort()).toEqual(['duplicate', 'imported']);
    expect(counts().documents).toBe(1);
  });

  it('a new CV with a known e-mail or phone becomes a new version of that candidate', async () => {
    const a = await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Yusuf El Amrani', phones: ['+32 470 12 34 56'] }), source });
    const b = await importCv(deps, { fileName: 'b.docx', bytes: file({ name: 'Yusuf El Amrani', phones: ['0470/12.34.56'], body: 'newer' }), source: { kind: 'referral', detail: 'Bram' } });
    expect(b).toMatchObject({ status: 'imported', candidateId: a.candidateId, ref: a.ref, version: 2, matchedExisting: true });
    const c = await importCv(deps, { fileName: 'c.pdf', bytes: file({ name: 'Other', emails: ['Y.ELAMRANI@example.com'] }), source });
    await importCv(deps, { fileName: 'd.pdf', bytes: file({ name: 'Same', emails: ['y.elamrani@example.com'], body: 'd' }), source });
    expect(getCandidateDetail(vault.db, c.candidateId ?? 0).versions).toHaveLength(2);
    expect(counts().candidates).toBe(2);
    expect(getCandidateDetail(vault.db, a.candidateId ?? 0).sources.map((s) => s.kind)).toEqual(['job-website', 'referral']);
  });

  it('a version matched wrongly can be split off into a new candidate with its own reference', async () => {
    const a = await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Jan Peeters', emails: ['info@firm.be'] }), source });
    const b = await importCv(deps, { fileName: 'b.pdf', bytes: file({ name: 'Els Peeters', emails: ['info@firm.be'], body: 'x' }), source });
    expect(b.candidateId).toBe(a.candidateId);
    const split = splitVersion(vault.db, a.candidateId ?? 0, 2, new Date('2026-03-05T10:00:00Z'));
    expect(split.ref).toBe('CV-2026-0002');
    expect(getCandidateDetail(vault.db, split.candidateId)).toMatchObject({ name: 'Els Peeters', version: 1, versions: [expect.objectContaining({ fileName: 'b.pdf' })] });
    expect(getCandidateDetail(vault.db, a.candidateId ?? 0).versions).toHaveLength(1);
    expect(() => splitVersion(vault.db, split.candidateId, 1)).toThrow(/only CV version/);
  });

  it('a file the parser refuses is a failed outcome and writes nothing', async () => {
    const before = counts();
    const out = await importCv(deps, { fileName: 'bad.pdf', bytes: new TextEncoder().encode(JSON.stringify({ fail: 'yes' })), source });
    expect(out).toEqual({ file: 'bad.pdf', status: 'failed', error: { code: 'IMPORT_CORRUPT', message: 'damaged' } });
    expect(counts()).toEqual(before);
  });

  it('a failure while storing rolls the whole record back', async () => {
    vault.db.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON sources BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = counts();
    await expect(importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Lotte' }), source })).rejects.toThrow();
    expect(counts()).toEqual(before);
    expect(vault.db.prepare('SELECT count(*) FROM cv_versions').pluck().get()).toBe(0);
  });

  it('reference codes are never reused', async () => {
    await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'A' }), source });
    vault.db.prepare(`DELETE FROM candidates`).run();
    const next = await importCv(deps, { fileName: 'b.pdf', bytes: file({ name: 'B' }), source });
    expect(next.ref).toBe('CV-2026-0002');
  });

  it('lists newest first and searches by name, reference and e-mail', async () => {
    await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Lotte Janssens', emails: ['lotte@example.be'] }), source });
    await importCv(deps, { fileName: 'b.pdf', bytes: file({ name: 'Pieter Claes' }), source });
    expect(listCandidates(vault.db, { limit: 10, offset: 0 }).items.map((c) => c.name)).toEqual(['Pieter Claes', 'Lotte Janssens']);
    expect(listCandidates(vault.db, { query: 'lotte@', limit: 10, offset: 0 }).total).toBe(1);
    expect(listCandidates(vault.db, { query: 'CV-2026-0002', limit: 10, offset: 0 }).items[0]?.name).toBe('Pieter Claes');
    expect(listCandidates(vault.db, { query: '%', limit: 10, offset: 0 }).total).toBe(0);
  });

  it('keeps the original file encrypted: its content is not in the raw vault files', async () => {
    const marker = 'Quirinus-Vandervelde-uniquemarker';
    await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: marker, body: marker }), source });
    for (const raw of rawVaultBytes(vault.dir)) expect(raw.includes(Buffer.from(marker))).toBe(false);
  });
});
