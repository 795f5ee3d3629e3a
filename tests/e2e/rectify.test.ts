import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureSet } from '../fixtures';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { createVaultInUi, importInUi, summaryCount } from './support/intake';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { callApi, visible, WAIT_MS } from './support/ui';

const PASSPHRASE = 'pebble orchard lantern frost';
const POLL = { timeout: WAIT_MS, interval: 100 };
/** Synthetic corrections: made-up name and a reserved example domain. */
const NEW_NAME = 'Wilhelmina Zonneveld-Quist';
const NEW_EMAIL = 'w.zonneveld@example.org';

const activeTestId = (page: Page): Promise<string | null> => page.evaluate('document.activeElement?.getAttribute("data-testid") ?? null');

const versionRows = (page: Page) => page.getByTestId('version-row');

describe('correcting a candidate’s data (art. 16) in the browser (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('rectify');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let ref = '';
  let oldName = '';
  let oldEmail = '';
  let oldBullet = '';
  let newBullet = '';

  beforeAll(async () => {
    assertBuilt();
    const cvs = await writeFixtureSet(temp.make('cvs'), { languages: ['en'], pdfLayouts: ['single'], docxVariants: [], seed: 31 });
    expect(cvs).toHaveLength(1);
    bridge = await startBridge(temp.make('vault'));
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
    await createVaultInUi(page, bridge.url, PASSPHRASE);
    await importInUi(page, cvs, { kind: 'referral' });
    expect(await summaryCount(page, 'imported')).toBe(1);
    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    ref = (await page.getByTestId('candidate-row').first().getAttribute('data-ref')) ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('opens the form filled with the CV as it is; Cancel and Escape discard the edits', async () => {
    await page.getByTestId('candidate-row').first().locator('th button').click();
    await visible(page.getByTestId('candidate-page'));
    oldName = (await page.getByTestId('candidate-name').textContent()) ?? '';
    expect(oldName.length).toBeGreaterThan(3);

    await page.getByTestId('open-rectify').click();
    const dialog = page.getByTestId('rectify-dialog');
    await visible(dialog);
    // Focus starts on the name, the field most often corrected.
    expect(await activeTestId(page)).toBe('rectify-name');
    expect(await page.getByTestId('rectify-name').inputValue()).toBe(oldName);
    oldEmail = await page.getByTestId('rectify-emails-input').first().inputValue();
    expect(oldEmail).toMatch(/@/);
    expect(await page.getByTestId('rectify-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('rectify-section').count()).toBeGreaterThan(1);
    await shot(page, 'dialog-open');

    await page.getByTestId('rectify-name').fill('Somebody Else');
    expect(await page.getByTestId('rectify-save').isDisabled()).toBe(false);
    await page.getByTestId('rectify-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await activeTestId(page)).toBe('open-rectify');

    await page.getByTestId('open-rectify').click();
    expect(await page.getByTestId('rectify-name').inputValue()).toBe(oldName);
    await page.getByTestId('rectify-name').fill('Somebody Else');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await page.getByTestId('candidate-name').textContent()).toBe(oldName);
    expect(await versionRowsCount(page)).toBe(1);
  });

  it('checks e-mails and phones inline, and adds and removes rows from the keyboard', async () => {
    await page.getByTestId('open-rectify').click();
    await visible(page.getByTestId('rectify-dialog'));
    const phones = page.getByTestId('rectify-phones-input');
    const before = await phones.count();
    await page.getByTestId('rectify-phones-add').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => phones.count(), POLL).toBe(before + 1);
    // The new row takes the focus, so typing goes straight into it.
    expect(await activeTestId(page)).toBe('rectify-phones-input');
    await page.keyboard.type('call me');
    await page.getByTestId('rectify-emails-input').first().fill('not an address');

    await page.getByTestId('rectify-save').click();
    await visible(page.getByTestId('rectify-problems'));
    expect(await page.getByTestId('rectify-emails-error').first().textContent()).toContain('name@example.com');
    expect(await page.getByTestId('rectify-phones-error').first().textContent()).toContain('digits');
    expect(await page.getByTestId('rectify-emails-input').first().getAttribute('aria-invalid')).toBe('true');
    // The first field in error gets the focus.
    expect(await activeTestId(page)).toBe('rectify-emails-input');
    await shot(page, 'dialog-invalid');

    await page.getByTestId('rectify-phones-remove').last().click();
    await expect.poll(() => phones.count(), POLL).toBe(before);
    await page.getByTestId('rectify-emails-input').first().fill(oldEmail);
    await expect.poll(() => page.getByTestId('rectify-problems').count(), POLL).toBe(0);
    await page.getByTestId('rectify-cancel').click();
    expect(await versionRowsCount(page)).toBe(1);
  });

  it('saves the corrected name, e-mail and bullet as version 2', async () => {
    await page.getByTestId('open-rectify').click();
    await visible(page.getByTestId('rectify-dialog'));
    await page.getByTestId('rectify-name').fill(NEW_NAME);
    await page.getByTestId('rectify-emails-input').first().fill(NEW_EMAIL);
    const bullets = page.locator('[data-testid="rectify-section"][data-kind="experience"] [data-testid="rectify-entry-bullets"]').first();
    const text = await bullets.inputValue();
    const lines = text.split('\n');
    oldBullet = lines[0] ?? '';
    expect(oldBullet.length).toBeGreaterThan(10);
    newBullet = `${oldBullet.replace(/[.;]$/, '')} (corrected at the candidate's request)`;
    await bullets.fill([newBullet, ...lines.slice(1)].join('\n'));
    await bullets.scrollIntoViewIfNeeded();
    await shot(page, 'dialog-entry');
    await page.getByTestId('rectify-name').focus();
    await shot(page, 'dialog-edited');

    await page.getByTestId('rectify-save').click();
    await page.getByTestId('rectify-dialog').waitFor({ state: 'detached', timeout: WAIT_MS });
    await visible(page.getByTestId('rectify-saved'));
    expect(await page.getByTestId('rectify-saved').textContent()).toContain('version 2');
    await expect.poll(() => page.getByTestId('candidate-name').textContent(), POLL).toBe(NEW_NAME);
    const contact = (await page.getByTestId('candidate-contact').textContent()) ?? '';
    expect(contact).toContain(NEW_EMAIL);
    expect(contact).not.toContain(oldEmail);
    const cv = (await page.getByTestId('structured-cv').textContent()) ?? '';
    expect(cv).toContain(newBullet);
    expect(await page.getByTestId('structured-cv').getByText(oldBullet, { exact: true }).count()).toBe(0);
    await shot(page, 'saved');

    await page.getByTestId('tab-versions').click();
    await expect.poll(() => versionRows(page).count(), POLL).toBe(2);
    await shot(page, 'versions');
  });

  it('keeps version 1 as it was', async () => {
    await versionRows(page).filter({ hasText: 'Version 1' }).getByRole('button', { name: 'Show' }).click();
    await visible(page.getByText('You are looking at version 1 of 2.'));
    await expect.poll(() => page.getByTestId('candidate-name').textContent(), POLL).toBe(oldName);
    expect(await page.getByTestId('candidate-contact').textContent()).toContain(oldEmail);
    expect(await page.getByTestId('structured-cv').getByText(oldBullet, { exact: true }).count()).toBe(1);
    // Corrections are made on the latest version only.
    expect(await page.getByTestId('open-rectify').count()).toBe(0);
    await shot(page, 'version-1');
  });

  it('finds the candidate under the corrected name, not the old one', async () => {
    await page.getByTestId('nav-candidates').click();
    await visible(page.getByTestId('candidate-table'));
    const rows = page.getByTestId('candidate-row');
    await page.getByTestId('candidate-search').fill(NEW_NAME.split(' ')[1] ?? NEW_NAME);
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().getAttribute('data-ref')).toBe(ref);
    expect(await rows.first().textContent()).toContain(NEW_NAME);
    await shot(page, 'list-search');
    await page.getByTestId('candidate-search').fill(oldName);
    await visible(page.getByTestId('no-match'));
    await page.getByTestId('candidate-search').fill('');
  });

  it('refuses a correction based on a version that is no longer the latest, and offers a reload', async () => {
    await page.locator(`[data-testid="candidate-row"][data-ref="${ref}"] th button`).click();
    await visible(page.getByTestId('candidate-page'));
    await page.getByTestId('open-rectify').click();
    await visible(page.getByTestId('rectify-dialog'));

    // Meanwhile, another window saves a correction on top of version 2.
    const got = (await callApi(bridge.origin, bridge.token, 'candidates.list', { query: ref })) as { value: { items: { id: number }[] } };
    const id = got.value.items[0]?.id;
    const detail = (await callApi(bridge.origin, bridge.token, 'candidates.get', { id })) as { value: { cv: { contact: { address?: string } } } };
    const cv = { ...detail.value.cv, contact: { ...detail.value.cv.contact, address: 'Stationsstraat 1, 9000 Gent' } };
    expect(await callApi(bridge.origin, bridge.token, 'candidates.rectify', { id, basedOn: 2, cv })).toMatchObject({ ok: true, value: { version: 3 } });

    expect(browser.problems).toEqual([]);
    await page.getByTestId('rectify-name').fill(`${NEW_NAME} Jr`);
    await page.getByTestId('rectify-save').click();
    await visible(page.getByTestId('rectify-stale'));
    expect(await page.getByTestId('rectify-save').isDisabled()).toBe(true);
    await shot(page, 'stale');

    await page.getByTestId('rectify-reload').click();
    await page.getByTestId('rectify-dialog').waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect.poll(() => page.getByTestId('candidate-contact').textContent(), POLL).toContain('Stationsstraat 1');
    expect(await page.getByTestId('candidate-name').textContent()).toBe(NEW_NAME);
    await page.getByTestId('tab-versions').click();
    await expect.poll(() => versionRows(page).count(), POLL).toBe(3);
    // The refused call is the only request that failed: Chromium logs its 400 status.
    expect(browser.problems).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});

/** CV versions of the open candidate, read from the versions tab, then back to the CV tab. */
async function versionRowsCount(page: Page): Promise<number> {
  await page.getByTestId('tab-versions').click();
  await visible(page.getByTestId('versions'));
  const n = await versionRows(page).count();
  await page.getByTestId('tab-cv').click();
  return n;
}
