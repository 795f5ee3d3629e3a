import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSet } from '../fixtures';
import { passwordPdf } from '../unit/intake/support/pdf';
import { solidPng } from '../unit/intake/support/png';
import { buildZip } from '../unit/intake/support/zip';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { createVaultInUi, summaryCount, waitForImportDone } from './support/intake';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { visible } from './support/ui';

const PASSPHRASE = 'granite swallow orchard 41';
const BATCH = 100;

/** Files a recruiter's download folder really holds next to CVs, each with the refusal it must get. */
const refusals = async (cv: Uint8Array): Promise<{ name: string; bytes: Uint8Array; code: string }[]> => {
  const blank = await PDFDocument.create();
  blank.addPage();
  const spaces = Buffer.alloc(120 * 1024 * 1024, 0x20);
  return [
    { name: 'notes.pdf', bytes: Buffer.from('Call back on Tuesday about the Java role.\n'.repeat(40)), code: 'IMPORT_UNSUPPORTED_TYPE' },
    { name: 'photo.docx', bytes: solidPng(64, 64), code: 'IMPORT_UNSUPPORTED_TYPE' },
    { name: 'half-downloaded.pdf', bytes: cv.subarray(0, Math.floor(cv.length / 2)), code: 'IMPORT_CORRUPT' },
    { name: 'protected.pdf', bytes: await passwordPdf(), code: 'IMPORT_ENCRYPTED' },
    { name: 'scan.pdf', bytes: await blank.save(), code: 'IMPORT_NO_TEXT' },
    { name: 'bomb.docx', bytes: buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: spaces }]), code: 'IMPORT_TOO_LARGE' },
  ];
};

const progress = async (page: Page): Promise<number> => Number(await page.getByTestId('import-bar').getAttribute('value'));

describe('a batch of 100 mixed files through the Import screen (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('batch');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let files: string[] = [];
  let expectedFailures: Map<string, string>;

  beforeAll(async () => {
    assertBuilt();
    const dir = temp.make('batch');
    // Four seeds of the generated set: every language and layout, each CV a different person.
    const cvs = (await Promise.all([61, 62, 63, 64].map((seed) => fixtureSet({ seed })))).flat();
    const bad = await refusals(cvs[0]?.bytes ?? new Uint8Array());
    const good = cvs.slice(0, BATCH - bad.length);
    files = [...good, ...bad].map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    expectedFailures = new Map(bad.map((b) => [b.name, b.code]));
    bridge = await startBridge(temp.make('vault'));
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
    await createVaultInUi(page, bridge.url, PASSPHRASE);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('imports them with a moving progress bar and a result for every file', async () => {
    expect(files).toHaveLength(BATCH);
    await page.getByTestId('nav-import').click();
    await page.getByTestId('file-input').setInputFiles(files);
    expect(await page.getByTestId('staged-files').getByRole('heading').textContent()).toBe(`${BATCH} files ready to import`);
    await page.getByTestId('source-kind').selectOption('job-website');
    await page.getByTestId('source-detail').fill('Spring campaign, all applicants');
    await page.getByTestId('start-import').click();

    await visible(page.getByTestId('import-bar'));
    expect(await page.getByTestId('import-bar').getAttribute('max')).toBe(String(BATCH));
    // The bar moves while files are still being read: seen part-way, not only at the end.
    await expect.poll(() => progress(page), { timeout: 120_000, interval: 200 }).toBeGreaterThan(10);
    expect(await progress(page)).toBeLessThan(BATCH);
    await shot(page, 'running');

    await waitForImportDone(page, 600_000);
    await shot(page, 'done');
    expect(await progress(page)).toBe(BATCH);
    expect(await page.getByTestId('import-row').count()).toBe(BATCH);
    const imported = await summaryCount(page, 'imported');
    const versions = await summaryCount(page, 'versions');
    expect(imported + versions).toBe(BATCH - expectedFailures.size);
    expect(await summaryCount(page, 'failed')).toBe(expectedFailures.size);

    // Each refusal is on its own row, with its own reason; nothing else failed.
    const failed = page.locator('[data-testid="import-row"][data-status="failed"]');
    const got = new Map<string, string>();
    for (const row of await failed.all()) got.set((await row.locator('th').textContent()) ?? '', (await row.locator('[data-code]').getAttribute('data-code')) ?? '');
    expect(got).toEqual(expectedFailures);
  }, 600_000);

  it('lists every imported candidate', async () => {
    const imported = await summaryCount(page, 'imported');
    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    await expect.poll(() => page.getByTestId('candidate-count').textContent()).toBe(`${imported} candidates`);
  });

  it('did all of that without console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
