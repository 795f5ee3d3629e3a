import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureSet } from '../fixtures';
import { addDays } from '../../shared/dates';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { createVaultInUi, importInUi, summaryCount } from './support/intake';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { visible, WAIT_MS } from './support/ui';

const PASSPHRASE = 'copper kettle autumn river';
const POLL = { timeout: WAIT_MS, interval: 100 };

/** Today as the bridge (and the browser, same machine) count it. */
const today = (): string => {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const openCandidateByRef = async (page: Page, ref: string): Promise<void> => {
  await page.getByTestId('nav-candidates').click();
  await page.locator(`[data-testid="candidate-row"][data-ref="${ref}"] th button`).click();
  await visible(page.getByTestId('candidate-page'));
};

/** Every file below `dir`, as paths relative to it. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });

describe('GDPR rights, retention and the audit trail in the browser (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('rights');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let refs: string[] = [];
  let bundleParent = '';

  beforeAll(async () => {
    assertBuilt();
    const cvs = await writeFixtureSet(temp.make('cvs'), { languages: ['en', 'nl'], pdfLayouts: ['single'], docxVariants: ['styled'], seed: 23 });
    bundleParent = temp.make('bundles');
    bridge = await startBridge(temp.make('vault'));
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
    await createVaultInUi(page, bridge.url, PASSPHRASE);

    await importInUi(page, cvs, { kind: 'business-card' });
    expect(await summaryCount(page, 'imported')).toBeGreaterThanOrEqual(3);
    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    refs = await Promise.all((await page.getByTestId('candidate-row').all()).map(async (r) => (await r.getAttribute('data-ref')) ?? ''));
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('filters the candidate list by source', async () => {
    await page.getByTestId('filter-source').selectOption('referral');
    await visible(page.getByTestId('no-match'));
    await page.getByTestId('filter-source').selectOption('business-card');
    await expect.poll(() => page.getByTestId('candidate-row').count(), POLL).toBe(refs.length);
    await shot(page, 'candidates-source-filter');
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('answers an access request from receipt to bundle: identity first, then the files', async () => {
    const ref = refs[0] ?? '';
    await openCandidateByRef(page, ref);
    await page.getByTestId('tab-rights').click();
    await visible(page.getByTestId('rights-tab'));
    await visible(page.getByTestId('rights-empty'));
    await page.getByTestId('record-request').click();
    await page.getByTestId('request-submit').click();
    await visible(page.getByText('Choose which right the candidate exercises.'));
    await page.getByTestId('request-type').selectOption('access');
    await page.getByTestId('request-received').fill(today());
    await page.getByTestId('request-channel').selectOption('email');
    await shot(page, 'record-access');
    await page.getByTestId('request-submit').click();
    await visible(page.getByTestId('request-recorded'));

    const detail = page.getByTestId('request-detail');
    await visible(detail);
    expect(await detail.getAttribute('data-step')).toBe('verify');
    const rq = (await detail.getAttribute('data-ref')) ?? '';
    expect(rq).toMatch(/^RQ-\d{4}-\d{4,}$/);
    // Nothing can be disclosed before the identity is recorded: no bundle action is offered.
    expect(await page.getByTestId('bundle-form').count()).toBe(0);
    expect(await page.locator(`[data-testid="rights-row"][data-ref="${rq}"]`).getAttribute('data-overdue')).toBe('false');
    await shot(page, 'access-unverified');

    await page.getByTestId('verify-submit').click();
    await visible(page.getByText('Choose how you verified the requester’s identity.'));
    await page.getByTestId('verify-method').selectOption('known-email');
    await page.getByTestId('verify-submit').click();
    await visible(page.getByTestId('identity-verified'));
    await expect.poll(() => detail.getAttribute('data-step'), POLL).toBe('answer');

    // A folder that does not exist is refused with the contract's error, and nothing is written.
    await page.getByTestId('bundle-folder').fill(join(bundleParent, 'missing'));
    await page.getByTestId('bundle-submit').click();
    await visible(page.getByTestId('bundle-error'));
    expect(await page.getByTestId('bundle-error').getAttribute('data-code')).toBe('RIGHTS_BUNDLE_FOLDER');

    await page.getByTestId('bundle-folder').fill(bundleParent);
    await page.getByTestId('bundle-submit').click();
    await visible(page.getByTestId('bundle-done'));
    const dir = (await page.getByTestId('bundle-dir').textContent()) ?? '';
    expect(dir).toBe(join(bundleParent, `${ref}-${rq}`));
    const files = filesUnder(dir);
    expect(files).toContain('report.pdf');
    expect(files).toContain('data.json');
    expect(files.filter((f) => f.startsWith('files/')).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')) as { format: string; candidate: { ref: string }; request: { ref: string; verification: { method: string } }; tables: Record<string, unknown> };
    expect(data.format).toBe('cvault.subject-access');
    expect(data.candidate.ref).toBe(ref);
    expect(data.request).toMatchObject({ ref: rq, verification: { method: 'known-email' } });
    expect(Object.keys(data.tables)).toEqual(expect.arrayContaining(['candidates', 'rights_requests']));
    // Every file the UI lists is in the folder.
    for (const listed of await page.getByTestId('bundle-files').locator('code').allTextContents()) expect(existsSync(join(dir, listed))).toBe(true);
    await shot(page, 'access-bundle');

    await page.getByTestId('extend-open').click();
    await page.getByTestId('extend-months').selectOption('1');
    await page.getByTestId('extend-reason').fill('Several years of share records to collect.');
    await page.getByTestId('extend-submit').click();
    await visible(page.getByTestId('extension-reminder'));
    expect(await page.getByTestId('extension-reason').textContent()).toContain('Several years of share records to collect.');

    await page.getByTestId('close-outcome').fill('Bundle sent to the candidate by e-mail.');
    await page.getByTestId('close-submit').click();
    await visible(page.getByTestId('request-closed'));
    expect(await page.getByTestId('request-closed').textContent()).toContain('Bundle sent to the candidate by e-mail.');
    await expect.poll(() => page.locator(`[data-testid="rights-row"][data-ref="${rq}"]`).getAttribute('data-status'), POLL).toBe('closed');
    await shot(page, 'access-closed');
  });

  it('a restriction shows on the candidate page and blocks the sharing gate until lifted', async () => {
    await page.getByTestId('flag-restriction-reason').fill('Contests the accuracy of the CV');
    await page.getByTestId('flag-restriction-submit').click();
    await visible(page.getByTestId('flag-restriction-done'));
    await visible(page.getByTestId('recipients-none'));
    await visible(page.getByTestId('flags-banner'));
    expect(await page.getByTestId('flag-restriction-state').textContent()).toBe('Processing restricted');
    await shot(page, 'restricted');

    await page.getByTestId('tab-consent').click();
    await visible(page.getByTestId('sharing-blocked'));
    const codes = await Promise.all((await page.getByTestId('sharing-reason').all()).map((r) => r.getAttribute('data-code')));
    expect(codes).toContain('PROCESSING_RESTRICTED');
    await shot(page, 'restricted-gate');

    await page.getByTestId('tab-rights').click();
    await page.getByTestId('flag-restriction-submit').click();
    await visible(page.getByText('Restriction lifted.'));
    await expect.poll(() => page.getByTestId('flags-banner').count(), POLL).toBe(0);
    await page.getByTestId('tab-consent').click();
    await visible(page.getByTestId('sharing-check'));
    await expect
      .poll(async () => Promise.all((await page.getByTestId('sharing-reason').all()).map((r) => r.getAttribute('data-code'))), POLL)
      .not.toContain('PROCESSING_RESTRICTED');
  });

  it('shows a late request in red with the counts in the navigation and on the home screen', async () => {
    const ref = refs[1] ?? '';
    await openCandidateByRef(page, ref);
    await page.getByTestId('tab-rights').click();
    await page.getByTestId('record-request').click();
    await page.getByTestId('request-type').selectOption('objection');
    await page.getByTestId('request-received').fill(addDays(today(), -45));
    await page.getByTestId('request-channel').selectOption('letter');
    await page.getByTestId('request-submit').click();
    await visible(page.getByTestId('request-recorded'));
    const rq = (await page.getByTestId('request-detail').getAttribute('data-ref')) ?? '';

    await page.getByTestId('nav-requests').click();
    const row = page.locator(`[data-testid="rights-row"][data-ref="${rq}"]`);
    await visible(row);
    expect(await row.getAttribute('data-overdue')).toBe('true');
    expect(await row.textContent()).toMatch(/\d+ days late/);
    expect(await row.locator('.due-overdue').count()).toBe(1);
    expect(await page.getByTestId('rights-counts').getAttribute('data-overdue')).toBe('1');
    await expect.poll(() => page.getByTestId('nav-count-requests').getAttribute('data-late'), POLL).toBe('true');
    expect(await page.getByTestId('nav-count-requests').textContent()).toBe('1');
    await shot(page, 'requests-overdue');

    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('due-summary'));
    expect(await page.getByTestId('due-summary-requests').textContent()).toBe('1 rights request open, 1 overdue');
    await shot(page, 'home-due');

    // Answered: the objection is recorded, then the request closed.
    await page.getByTestId('due-summary-requests').click();
    await row.getByTestId('rights-open').click();
    await page.getByTestId('verify-method').selectOption('callback');
    await page.getByTestId('verify-submit').click();
    await page.getByTestId('flag-objection-submit').click();
    await visible(page.getByTestId('flag-objection-done'));
    await page.getByTestId('close-outcome').fill('Objection recorded; no more sharing or mails.');
    await page.getByTestId('close-submit').click();
    await visible(page.getByTestId('request-closed'));
    await expect.poll(() => page.getByTestId('nav-count-requests').count(), POLL).toBe(0);
  });

  it('erases a candidate from request to confirmation; the audit shows it without personal data', async () => {
    const ref = refs[2] ?? '';
    await openCandidateByRef(page, ref);
    const name = ((await page.getByTestId('candidate-name').textContent()) ?? '').trim();
    const contact = page.getByTestId('candidate-contact');
    const details = (await contact.count()) > 0 ? (await contact.locator('li span').allTextContents()).map((s) => s.trim()).filter((s) => s.length > 5) : [];
    expect(name.length).toBeGreaterThan(3);

    await page.getByTestId('nav-requests').click();
    await page.getByTestId('record-request').click();
    await page.getByTestId('request-candidate-search').fill(ref);
    await expect.poll(() => page.getByTestId('request-candidate').locator('option').count(), POLL).toBe(2);
    await page.getByTestId('request-candidate').selectOption({ index: 1 });
    await page.getByTestId('request-type').selectOption('erasure');
    await page.getByTestId('request-channel').selectOption('web-form');
    await page.getByTestId('request-submit').click();
    await visible(page.getByTestId('request-recorded'));
    const rq = (await page.getByTestId('request-detail').getAttribute('data-ref')) ?? '';
    expect(await page.getByTestId('erase-open').count()).toBe(0);
    await page.getByTestId('verify-method').selectOption('id-document');
    await page.getByTestId('verify-submit').click();
    await visible(page.getByTestId('identity-verified'));
    await shot(page, 'erasure-verified');

    await page.getByTestId('erase-open').click();
    await visible(page.getByTestId('erase-dialog'));
    expect(await page.getByTestId('erase-submit').isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill('CV-0000-0000');
    expect(await page.getByTestId('erase-submit').isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill(ref.toLowerCase());
    expect(await page.getByTestId('erase-submit').isDisabled()).toBe(false);
    await shot(page, 'erasure-confirm');
    await page.getByTestId('erase-submit').click();
    await visible(page.getByTestId('erase-done'));
    expect(await page.getByTestId('erase-done').textContent()).toContain(`${ref} was erased`);
    expect(await page.getByTestId('erase-closed-requests').textContent()).toContain(rq);
    await shot(page, 'erasure-done');
    await page.getByTestId('erase-close').click();
    await visible(page.getByTestId('erase-confirmation'));
    await expect.poll(() => page.locator(`[data-testid="rights-row"][data-ref="${rq}"]`).count(), POLL).toBe(0);

    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    expect(await page.locator(`[data-testid="candidate-row"][data-ref="${ref}"]`).count()).toBe(0);
    expect(await page.getByTestId('candidate-row').count()).toBe(refs.length - 1);
    await page.getByTestId('candidate-search').fill(name);
    await visible(page.getByTestId('no-match'));
    await page.getByTestId('candidate-search').fill('');

    await page.getByTestId('nav-audit').click();
    await visible(page.getByTestId('audit-table'));
    await page.getByTestId('audit-filter-ref').fill(ref);
    // The filter applies once the list has reloaded: then every row names this reference.
    await expect.poll(() => page.locator(`[data-testid="audit-row"]:not([data-ref="${ref}"])`).count(), POLL).toBe(0);
    expect(await page.locator('[data-testid="audit-row"][data-action="candidate.erased"]').count()).toBe(1);
    await shot(page, 'audit-erasure');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('audit-filter-ref').inputValue(), POLL).toBe('');
    await page.getByTestId('audit-filter-action').selectOption('rights');
    await expect.poll(() => page.locator('[data-testid="audit-row"]:not([data-action^="rights."])').count(), POLL).toBe(0);
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(3);
    await page.getByTestId('audit-filter-action').selectOption('');
    await expect.poll(() => page.locator('[data-testid="audit-row"]:not([data-action^="rights."])').count(), POLL).toBeGreaterThan(0);
    const text = (await page.getByTestId('audit-log').textContent()) ?? '';
    expect(text).toContain('candidate.erased');
    for (const personal of [name, ...details]) expect(text).not.toContain(personal);

    await page.getByTestId('audit-verify-run').click();
    await visible(page.getByTestId('audit-verify-ok'));
    expect(await page.getByTestId('audit-verify-ok').textContent()).toMatch(/The chain is intact: \d+ entries checked\./);
    await shot(page, 'audit-verified');
  });

  it('reviews retention: lists nothing due with the default rules, and lists everyone once the notice period covers them', async () => {
    await page.getByTestId('nav-retention').click();
    await visible(page.getByTestId('retention-empty'));
    await page.getByTestId('policy-noticeDays').fill('400');
    await page.getByTestId('policy-save').click();
    await visible(page.getByText('Enter a whole number up to 365.'));
    // Not placed, last contact today: due in 1 month, inside a 60-day notice window.
    await page.getByTestId('policy-notPlacedMonths').fill('1');
    await page.getByTestId('policy-noticeDays').fill('60');
    await page.getByTestId('policy-save').click();
    await expect.poll(() => page.getByTestId('retention-row').count(), POLL).toBe(refs.length - 1);
    await expect.poll(() => page.getByTestId('nav-count-retention').textContent(), POLL).toBe(String(refs.length - 1));
    await shot(page, 'retention-due');

    const first = page.getByTestId('retention-row').first();
    const ref = (await first.getAttribute('data-ref')) ?? '';
    await first.getByTestId('retention-extend-open').click();
    await page.getByTestId('retention-reason').fill('Interviewing for a project starting next year');
    await page.getByTestId('retention-until').fill(addDays(today(), 400));
    await page.getByTestId('retention-extend-submit').click();
    await visible(page.getByTestId('retention-extended'));
    await expect.poll(() => page.locator(`[data-testid="retention-row"][data-ref="${ref}"]`).count(), POLL).toBe(0);

    const next = page.getByTestId('retention-row').first();
    const other = (await next.getAttribute('data-ref')) ?? '';
    await next.getByTestId('anonymise-open').click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByTestId('anonymise-confirm-input').fill(other);
    await dialog.getByTestId('anonymise-submit').click();
    await visible(dialog.getByTestId('anonymise-done'));
    await shot(page, 'retention-anonymised');
    await dialog.getByTestId('anonymise-close').click();
    await visible(page.getByTestId('retention-removed'));
    await expect.poll(() => page.locator(`[data-testid="retention-row"][data-ref="${other}"]`).count(), POLL).toBe(0);
  });

  it('erases an overdue candidate by itself at the next unlock, once the firm switches automatic erasure on', async () => {
    // A CV received three years ago: overdue under the one-month rule set above.
    const old = await writeFixtureSet(temp.make('old-cv'), { languages: ['de'], pdfLayouts: ['single'], docxVariants: [], seed: 41 });
    await importInUi(page, old.slice(0, 1), { kind: 'cv-library', receivedOn: addDays(today(), -3 * 365) });

    await page.getByTestId('nav-retention').click();
    const overdueRow = page.locator('[data-testid="retention-row"][data-status="overdue"]');
    await expect.poll(() => overdueRow.count(), POLL).toBe(1);
    const oldRef = (await overdueRow.getAttribute('data-ref')) ?? '';
    const dueBefore = await page.getByTestId('retention-row').count();

    await page.getByTestId('policy-auto-erase').click();
    await visible(page.getByTestId('policy-auto-erase-warning'));
    await page.getByTestId('policy-save').click();
    await visible(page.getByTestId('auto-erase-notice'));
    expect(await page.getByTestId('auto-erase-last').textContent()).toContain('has not run yet');
    // Switching it on deletes nothing by itself.
    expect(await page.getByTestId('retention-row').count()).toBe(dueBefore);

    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await visible(page.getByTestId('due-summary-auto-erased'));
    expect(await page.getByTestId('due-summary-auto-erased').textContent()).toBe('1 candidate erased automatically at unlock');
    expect(await page.locator(`[data-testid="candidate-row"][data-ref="${oldRef}"]`).count()).toBe(0);
    await shot(page, 'home-auto-erased');

    await page.getByTestId('due-summary-auto-erased').click();
    await visible(page.getByTestId('auto-erase-notice'));
    expect(await page.getByTestId('auto-erase-last').getAttribute('data-erased')).toBe('1');
    expect(await page.getByTestId('auto-erase-last').textContent()).toContain(oldRef);
    await expect.poll(() => page.getByTestId('retention-row').count(), POLL).toBe(dueBefore - 1);
    await shot(page, 'retention-auto-erased');
  });

  it('went through all of that without console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
