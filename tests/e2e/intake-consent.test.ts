import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { createVaultInUi, dropFiles, summaryCount, waitForImportDone, writeCvBatch, type CvBatch } from './support/intake';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { visible, WAIT_MS } from './support/ui';

const PASSPHRASE = 'harbour lemon violin cloud';
const POLL = { timeout: WAIT_MS, interval: 100 };

/** One attribute of every element the locator matches, in document order. */
const attributes = async (locator: Locator, name: string): Promise<string[]> =>
  Promise.all((await locator.all()).map(async (l) => (await l.getAttribute(name)) ?? ''));

const reasonCodes = async (page: Page): Promise<string[]> => {
  const blocked = page.getByTestId('sharing-blocked');
  if ((await blocked.count()) === 0) return [];
  return attributes(page.getByTestId('sharing-reason'), 'data-code');
};

/** The gate's answer once it has settled on the expected outcome. */
const expectGate = async (page: Page, allowed: boolean): Promise<void> => {
  await visible(page.getByTestId(allowed ? 'sharing-allowed' : 'sharing-blocked'));
};

describe('intake, consent, clients and the sharing gate in the browser (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('intake');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let batch: CvBatch;
  let imported = 0;

  beforeAll(async () => {
    assertBuilt();
    batch = await writeCvBatch(temp.make('cvs'));
    bridge = await startBridge(temp.make('vault'));
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
    await createVaultInUi(page, bridge.url, PASSPHRASE);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('stages a batch, asks for the source, and imports with per-file results', async () => {
    await page.getByTestId('nav-import').click();
    await visible(page.getByTestId('drop-zone'));
    await shot(page, 'import-empty');

    await page.getByTestId('file-input').setInputFiles([...batch.cvs, batch.notPdf]);
    const staged = page.getByTestId('staged-files');
    await visible(staged);
    expect(await staged.getByRole('heading').textContent()).toBe(`${batch.cvs.length + 1} files ready to import`);

    // No source chosen yet: the import does not start and the source field says why.
    await page.getByTestId('start-import').click();
    await visible(page.getByText('Choose where these CVs came from.'));
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    await shot(page, 'import-staged-no-source');

    await page.getByTestId('source-kind').selectOption('referral');
    await page.getByTestId('source-detail').fill('Former colleague at a partner firm');
    await visible(page.getByText('Sourced by us: the candidate must be informed (art. 14)'));
    await page.getByTestId('start-import').click();
    await visible(page.getByTestId('import-progress'));
    await shot(page, 'import-running');
    await waitForImportDone(page);
    await shot(page, 'import-done');

    imported = await summaryCount(page, 'imported');
    const versions = await summaryCount(page, 'versions');
    expect(imported + versions).toBe(batch.cvs.length);
    expect(imported).toBeGreaterThan(0);
    expect(await summaryCount(page, 'failed')).toBe(1);
    const failed = page.locator('[data-testid="import-row"][data-status="failed"]');
    expect(await failed.locator('th').textContent()).toBe('notes.pdf');
    expect(await failed.locator('[data-code]').getAttribute('data-code')).toBe('IMPORT_UNSUPPORTED_TYPE');
    expect(await failed.textContent()).toContain('This file type cannot be imported.');
    expect(await page.getByTestId('import-bar').getAttribute('value')).toBe(String(batch.cvs.length + 1));
  });

  it('takes files dropped anywhere on the window; the same file again is a duplicate', async () => {
    await page.getByTestId('clear-results').click();
    await page.getByTestId('nav-candidates').click();
    await dropFiles(page, [batch.cvs[0] ?? ''], 'enter');
    await visible(page.getByText('Drop to add these files to the import'));
    await shot(page, 'drop-overlay');
    await dropFiles(page, [batch.cvs[0] ?? '']);
    await visible(page.getByTestId('staged-files'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Import');
    await page.getByTestId('source-kind').selectOption('job-website');
    await page.getByTestId('start-import').click();
    await waitForImportDone(page);
    expect(await summaryCount(page, 'duplicates')).toBe(1);
    expect(await page.locator('[data-testid="import-row"][data-status="duplicate"]').textContent()).toContain('already in the vault');
    await shot(page, 'import-duplicate');
  });

  it('lists the candidates with their source, and searches and filters them', async () => {
    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    const rows = page.getByTestId('candidate-row');
    expect(await rows.count()).toBe(imported);
    expect(await page.getByTestId('candidate-count').textContent()).toBe(`${imported} candidates`);
    for (const source of await page.getByTestId('candidate-source').allTextContents()) expect(source).toContain('Referral');
    expect(await page.getByTestId('candidate-source').first().textContent()).toContain('Former colleague at a partner firm');
    await shot(page, 'candidates');

    // Sourced CVs: every one still has to be informed under art. 14, none has consent.
    await page.getByTestId('filter-notice-due').check();
    await expect.poll(() => page.getByTestId('candidate-count').textContent(), POLL).toBe(`${imported} candidates`);
    await page.getByTestId('filter-notice-due').uncheck();
    await page.getByTestId('filter-consent').selectOption('given');
    await visible(page.getByTestId('no-match'));
    await shot(page, 'candidates-filter-none');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await visible(page.getByTestId('candidate-table'));

    const ref = (await rows.first().getAttribute('data-ref')) ?? '';
    expect(ref).toMatch(/^CV-\d{4}-\d{4}$/);
    await page.getByTestId('candidate-search').fill(ref);
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().getAttribute('data-ref')).toBe(ref);
    await page.getByTestId('candidate-search').fill('');
    await expect.poll(() => rows.count(), POLL).toBe(imported);
  });

  it('opens a candidate: header, structured sections with entries, and the original text', async () => {
    await page.getByTestId('candidate-row').first().locator('th button').click();
    await visible(page.getByTestId('candidate-page'));
    expect((await page.getByTestId('candidate-name').textContent())?.length).toBeGreaterThan(3);
    expect(await page.getByTestId('candidate-ref').textContent()).toMatch(/^CV-\d{4}-\d{4}$/);
    await visible(page.getByTestId('structured-cv'));
    const kinds = await attributes(page.getByTestId('cv-section'), 'data-kind');
    expect(kinds).toContain('experience');
    expect(kinds).toContain('education');
    expect(await page.locator('[data-kind="experience"] [data-testid="cv-entry"]').count()).toBeGreaterThan(0);
    await visible(page.getByTestId('extracted-text').locator('.extracted-line').first());
    await shot(page, 'candidate-cv');

    await page.getByTestId('tab-versions').click();
    await visible(page.getByTestId('versions'));
    expect(await page.getByTestId('source-details').first().textContent()).toContain('Referral');
    await shot(page, 'candidate-versions');
  });

  it('blocks sharing without a basis and before the art. 14 notice; records consent and the notice', async () => {
    await page.getByTestId('tab-consent').click();
    await visible(page.getByTestId('consent-panel'));
    await expectGate(page, false);
    expect(await reasonCodes(page)).toEqual(['NO_BASIS', 'NOTICE_OUTSTANDING']);
    expect(await page.getByTestId('purpose-client-sharing').getAttribute('data-status')).toBe('not-asked');
    await shot(page, 'consent-initial');

    await page.getByTestId('record-client-sharing').click();
    await visible(page.getByTestId('consent-form'));
    await page.getByTestId('consent-basis').selectOption('consent');
    await page.getByTestId('consent-status-given').check();
    await page.getByTestId('consent-method').selectOption('email');
    await page.getByTestId('consent-note').fill('Replied "I agree" to our consent request.');
    await shot(page, 'consent-form');
    await page.getByTestId('consent-submit').click();
    await visible(page.getByTestId('consent-done'));
    expect(await page.getByTestId('purpose-client-sharing').getAttribute('data-status')).toBe('given');
    expect(await page.locator('[data-testid="history-event"][data-status="given"][data-purpose="client-sharing"]').count()).toBe(1);
    await expect.poll(() => reasonCodes(page), POLL).toEqual(['NOTICE_OUTSTANDING']);

    await page.getByTestId('notice-submit').click();
    await visible(page.getByText('Notice recorded.'));
    expect(await page.getByTestId('notice-status').textContent()).toBe('Informed');
    await expectGate(page, true);
    await shot(page, 'consent-given');
  });

  it('adds clients; one outside the EEA is flagged and blocks until its safeguard is recorded', async () => {
    await page.getByTestId('nav-clients').click();
    await visible(page.getByTestId('empty-clients'));
    await shot(page, 'clients-empty');
    await page.getByTestId('add-client').click();
    await page.getByTestId('client-name').fill('Acme Analytics');
    await page.getByTestId('client-country').fill('be');
    await page.getByTestId('client-submit').click();
    await visible(page.getByText('Acme Analytics was added.'));

    await page.getByTestId('add-client').click();
    await page.getByTestId('client-name').fill('Globex Data Inc');
    await page.getByTestId('client-country').fill('US');
    await visible(page.getByTestId('client-safeguard-warning'));
    await shot(page, 'clients-add-non-eea');
    await page.getByTestId('client-submit').click();
    await visible(page.getByText('Globex Data Inc was added.'));
    const globex = page.locator('[data-testid="client-row"][data-name="Globex Data Inc"]');
    expect(await globex.textContent()).toContain('Outside the EEA');
    expect(await globex.textContent()).toContain('Safeguard missing');
    await shot(page, 'clients');

    await page.getByTestId('add-client').click();
    await page.getByTestId('client-name').fill('acme analytics');
    await page.getByTestId('client-submit').click();
    await visible(page.getByTestId('client-error'));
    expect(await page.getByTestId('client-error').getAttribute('data-code')).toBe('CLIENT_EXISTS');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('answers "can I share with client X?" per client, then blocks after a one-click withdrawal', async () => {
    await page.getByTestId('nav-candidates').click();
    await page.getByTestId('candidate-row').first().locator('th button').click();
    await page.getByTestId('tab-consent').click();
    await visible(page.getByTestId('sharing-client'));

    await page.getByTestId('sharing-client').selectOption({ label: 'Globex Data Inc (US)' });
    await expect.poll(() => reasonCodes(page), POLL).toEqual(['TRANSFER_SAFEGUARD_MISSING']);
    await shot(page, 'gate-non-eea');

    await page.getByTestId('sharing-client').selectOption({ label: 'Acme Analytics (BE)' });
    await expectGate(page, true);
    expect(await page.getByTestId('sharing-allowed').textContent()).toContain('Acme Analytics');

    await page.getByTestId('withdraw-client-sharing').click();
    await visible(page.getByText('Present to clients: consent withdrawn.'));
    expect(await page.getByTestId('purpose-client-sharing').getAttribute('data-status')).toBe('withdrawn');
    await expectGate(page, false);
    expect(await reasonCodes(page)).toEqual(['CONSENT_WITHDRAWN']);
    expect(await page.locator('[data-testid="history-event"][data-status="withdrawn"]').count()).toBe(1);
    await shot(page, 'gate-withdrawn');
  });

  it('shows the change in the list filters and the notices-due list', async () => {
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('filter-consent').selectOption('withdrawn');
    await expect.poll(() => page.getByTestId('candidate-row').count(), POLL).toBe(1);
    await page.getByTestId('filter-consent').selectOption('');
    await page.getByTestId('filter-notice-due').check();
    await expect.poll(() => page.getByTestId('candidate-count').textContent(), POLL).toBe(`${imported - 1} candidate${imported - 1 === 1 ? '' : 's'}`);
    await shot(page, 'candidates-notice-due');

    await page.getByTestId('nav-requests').click();
    await visible(page.getByTestId('notices-table'));
    expect(await page.getByTestId('notice-row').count()).toBe(imported - 1);
    await shot(page, 'requests-notices');
  });

  it('fills the consent request from the privacy settings', async () => {
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('privacy-settings'));
    await page.getByTestId('settings-controller-name').fill('Northwind Staffing BV');
    await page.getByTestId('settings-controller-address').fill('Kunstlaan 1, 1000 Brussel');
    await page.getByTestId('settings-contact-email').fill('privacy@northwind.example');
    await page.getByTestId('save-privacy').click();
    await visible(page.getByTestId('privacy-saved'));
    await shot(page, 'settings-privacy');

    await page.getByTestId('nav-candidates').click();
    await page.getByTestId('candidate-row').first().locator('th button').click();
    await page.getByTestId('tab-consent').click();
    await page.getByTestId('request-language').selectOption('nl');
    await page.getByTestId('request-generate').click();
    await visible(page.getByTestId('request-body'));
    expect(await page.getByTestId('request-subject').textContent()).toBe('Mogen we uw cv aan onze klanten voorstellen?');
    const body = await page.getByTestId('request-body').inputValue();
    expect(body).toContain('Northwind Staffing BV (Kunstlaan 1, 1000 Brussel)');
    expect(body).toContain('privacy@northwind.example');
    expect(await page.getByTestId('request-missing').count()).toBe(0);
    await shot(page, 'consent-request');
  });

  it('went through all of that without console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
