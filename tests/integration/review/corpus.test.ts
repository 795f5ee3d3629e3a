import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { structureCv } from '../../../shared/cv/structure';
import { importCv } from '../../../electron/core/candidates/import';
import { ExtractionPool } from '../../../electron/core/intake/pool';
import { getReviewPlan } from '../../../electron/core/review/plan';
import { reviewReport } from '../../../electron/core/review/decide';
import { getCvVersionRow, parseCv } from '../../../electron/core/repositories/cv-versions';
import { textAt } from '../../../shared/detect/units';
import { Vault } from '../../../electron/core/vault/vault';
import { bundleEntry } from '../../support/bundle';
import { corpusBytes, corpusManifest, corpusPresent, corpusSkipNote } from '../../support/corpus';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

const tmp = tempDirs();

describe.skipIf(!corpusPresent)(`import to redaction plan over ../shared/corpus${corpusSkipNote}`, () => {
  const pool = corpusPresent ? new ExtractionPool({ workerPath: bundleEntry('electron/core/intake/extract-worker.ts'), size: Math.min(2, availableParallelism()) }) : undefined;
  afterAll(async () => {
    await pool?.close();
    tmp.cleanup();
  });

  it('builds a plan for every importable CV whose spans point at the text they claim, and a value-free report', async () => {
    const vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
    let plans = 0;
    let withEmail = 0;
    let emails = 0;
    for (const entry of corpusManifest()) {
      const outcome = await importCv(
        { db: () => vault.db, extract: (b) => (pool as ExtractionPool).extract(b), structure: structureCv },
        { fileName: entry.file, bytes: corpusBytes(entry.file), source: { kind: 'cv-library' } },
      );
      const id = outcome.candidateId;
      if (outcome.status !== 'imported' || id === undefined) continue;
      const plan = getReviewPlan(vault.db, id);
      const cv = parseCv(getCvVersionRow(vault.db, id) ?? (undefined as never));
      for (const item of plan.items)
        for (const o of item.occurrences) {
          if (o.path === 'photo') continue;
          const text = textAt(cv, o.path);
          expect(text, `${entry.file} ${o.path}`).toBeDefined();
          expect(o.end).toBeLessThanOrEqual(text?.length ?? 0);
        }
      if (cv.contact.emails.length > 0) {
        emails++;
        if (plan.items.some((i) => i.type === 'email')) withEmail++;
      }
      const report = JSON.stringify(reviewReport(vault.db, id));
      for (const e of cv.contact.emails) expect(report).not.toContain(e);
      plans++;
    }
    expect(plans).toBeGreaterThan(0);
    // Every e-mail that structuring found is also a detection.
    expect(withEmail).toBe(emails);
    vault.close();
  }, 600_000);
});
