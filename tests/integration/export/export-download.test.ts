import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExport } from '../../../electron/core/export/export-cv';
import { listShares } from '../../../electron/core/export/store/shares-repo';
import { Vault } from '../../../electron/core/vault/vault';
import { generatePersona, renderPdfFixture } from '../../fixtures';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';
import { ensureExportTables, importFixture } from './support';
import { withoutReview } from '../../../electron/core/export/review-source';

const tmp = tempDirs();
let vault: Vault;
beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  ensureExportTables(vault.db);
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

describe('an export the UI saves itself (no out path)', () => {
  it('returns the bytes under the default name, writes nothing and logs the share with that name and hash', async () => {
    const id = await importFixture(vault.db, await renderPdfFixture(generatePersona(21, 'fr'), 'single'));
    const r = await createExport({ db: vault.db, review: withoutReview }, { candidateId: id, mode: 'blind', format: 'pdf' });
    expect(r.data).toBeDefined();
    const bytes = Buffer.from(r.data ?? '', 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.size).toBe(bytes.length);
    expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r.fileName).toMatch(/^CV-\d{4}-\d{4}_.+\.pdf$/);
    expect(r.file).toBe(r.fileName);
    expect(listShares(vault.db, id)).toMatchObject([{ id: r.shareId, fileName: r.fileName, sha256: r.sha256, format: 'pdf', mode: 'blind' }]);
  }, 60_000);
});
