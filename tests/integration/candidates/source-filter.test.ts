import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/cv/document';
import type { StructuredCv } from '../../../shared/cv/model';
import { CandidateFilter } from '../../../shared/candidates/candidate';
import { importCv, type ImportDeps } from '../../../electron/core/candidates/import';
import { listCandidates } from '../../../electron/core/candidates/queries';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

/** The "file" is JSON naming the candidate and a phone, so matching versions is under the test's control. */
interface FakeFile {
  name: string;
  phone: string;
  body?: string;
}
const file = (f: FakeFile): Uint8Array => new TextEncoder().encode(JSON.stringify(f));

const tmp = tempDirs();
let vault: Vault;
let deps: ImportDeps;

beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  let current: FakeFile = { name: '', phone: '' };
  deps = {
    db: () => vault.db,
    extract: (bytes): Promise<ExtractedDocument> => {
      current = JSON.parse(new TextDecoder().decode(bytes)) as FakeFile;
      const lines = [current.name, current.body ?? 'Experience'].map((text) => ({ text, page: 1, fontSize: 10, bold: false, region: 'body' as const }));
      return Promise.resolve({ format: 'pdf', pageCount: 1, lines, hasPhoto: false, properties: {}, attachments: [] });
    },
    structure: (doc): StructuredCv => ({
      schemaVersion: 1,
      language: 'en',
      header: [],
      sections: [{ kind: 'experience', title: 'Experience', lines: doc.lines.slice(1).map((l) => l.text) }],
      contact: { name: current.name, emails: [], phones: [current.phone], links: [] },
      furniture: [],
      hasPhoto: false,
    }),
    now: () => new Date('2026-03-04T10:00:00Z'),
  };
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

const names = (filter: CandidateFilter): (string | undefined)[] =>
  listCandidates(vault.db, { filter, limit: 50, offset: 0 })
    .items.map((c) => c.name)
    .sort();

describe('filtering the candidate list by source kind', () => {
  it('returns the candidates with a source of that kind, including a later version received elsewhere', async () => {
    await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Lotte Janssens', phone: '+32 470 11 11 11' }), source: { kind: 'job-website', detail: 'StepStone' } });
    await importCv(deps, { fileName: 'b.pdf', bytes: file({ name: 'Pieter Claes', phone: '+32 470 22 22 22' }), source: { kind: 'referral', detail: 'Bram' } });
    await importCv(deps, { fileName: 'c.pdf', bytes: file({ name: 'Sofie Maes', phone: '+32 470 33 33 33' }), source: { kind: 'business-card' } });
    // Pieter's CV arrives again through a job site: a second version, a second source.
    await importCv(deps, { fileName: 'd.pdf', bytes: file({ name: 'Pieter Claes', phone: '+32 470 22 22 22', body: 'newer' }), source: { kind: 'job-website', detail: 'Indeed' } });

    expect(names({ sourceKind: 'job-website' })).toEqual(['Lotte Janssens', 'Pieter Claes']);
    expect(names({ sourceKind: 'referral' })).toEqual(['Pieter Claes']);
    expect(names({ sourceKind: 'business-card' })).toEqual(['Sofie Maes']);
    expect(names({ sourceKind: 'social-media' })).toEqual([]);
    expect(listCandidates(vault.db, { filter: { sourceKind: 'job-website' }, limit: 1, offset: 0 }).total).toBe(2);
  });

  it('combines with the other filters and rejects unknown kinds at the contract', async () => {
    await importCv(deps, { fileName: 'a.pdf', bytes: file({ name: 'Lotte Janssens', phone: '+32 470 11 11 11' }), source: { kind: 'referral' } });
    expect(names({ sourceKind: 'referral', consent: 'not-asked' })).toEqual(['Lotte Janssens']);
    expect(names({ sourceKind: 'referral', consent: 'given' })).toEqual([]);
    expect(CandidateFilter.safeParse({ sourceKind: 'fax' }).success).toBe(false);
  });
});
