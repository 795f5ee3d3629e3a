import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { callApi, screens, visible } from './support/ui';

const WEAK = 'password1234';
const GOOD = 'harbour lemon violin cloud';
const WRONG = 'harbour lemon violin clouds';
const NEXT = 'quiet ferry orange piano';

describe('vault lifecycle in the browser (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('vault');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let vaultDir: string;

  beforeAll(async () => {
    assertBuilt();
    vaultDir = temp.make('vault');
    bridge = await startBridge(vaultDir);
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('opens on the Create screen and hides the token from the address bar', async () => {
    await page.goto(bridge.url);
    await visible(screens(page).create);
    expect(page.url()).toBe(bridge.origin);
    expect(await page.evaluate("sessionStorage.getItem('cvault.token')")).toBe(bridge.token);
    await expect(page.getByRole('button', { name: 'Create vault' }).isDisabled()).resolves.toBe(true);
    await shot(page, 'create-empty');
  });

  it('refuses a weak passphrase, in the UI and in the core', async () => {
    await page.getByTestId('create-passphrase').fill(WEAK);
    await page.getByTestId('create-confirm').fill(WEAK);
    const meter = page.getByTestId('passphrase-strength');
    expect(await meter.getAttribute('data-strength')).toBe('weak');
    expect(await meter.textContent()).toContain('Weak');
    const submit = page.getByRole('button', { name: 'Create vault' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByTestId('create-confirm').press('Enter');
    await visible(screens(page).create);
    await shot(page, 'create-weak');

    const refused = await callApi(bridge.origin, bridge.token, 'vault.create', { passphrase: WEAK });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_WEAK_PASSPHRASE' } });
  });

  it('shows a mismatch, then creates the vault with a good passphrase', async () => {
    await page.getByTestId('create-passphrase').fill(GOOD);
    await page.getByTestId('create-confirm').fill(`${GOOD} x`);
    await page.getByTestId('create-confirm').blur();
    await visible(page.getByText('The two passphrases do not match.'));
    expect(await page.getByTestId('passphrase-strength').getAttribute('data-strength')).toBe('strong');
    expect(await page.getByRole('button', { name: 'Create vault' }).isDisabled()).toBe(true);
    await shot(page, 'create-mismatch');

    await page.getByTestId('create-confirm').fill(GOOD);
    expect(await page.getByText('The two passphrases do not match.').count()).toBe(0);
    await shot(page, 'create-ready');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await visible(screens(page).shell);
    await visible(page.getByTestId('empty-candidates'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Candidates');
    await shot(page, 'shell-candidates');
  });

  it('has a starting state for each section and the vault details in Settings', async () => {
    for (const [id, heading, content] of [
      ['import', 'Import', 'drop-zone'],
      ['clients', 'Clients', 'empty-clients'],
      ['requests', 'Requests', 'notices-empty'],
    ] as const) {
      await page.getByTestId(`nav-${id}`).click();
      await visible(page.getByTestId(content));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.getByTestId(`nav-${id}`).getAttribute('aria-current')).toBe('page');
      await shot(page, `shell-${id}`);
    }
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('vault-details'));
    expect(await page.getByTestId('vault-folder').textContent()).toBe(vaultDir);
    expect(await page.getByTestId('vault-schema').textContent()).toMatch(/^v\d+$/);
    expect(await page.getByTestId('vault-autolock').textContent()).toMatch(/^After \d+ minutes? of inactivity$/);
    await shot(page, 'settings');
  });

  it('locks, explains a wrong passphrase, and unlocks with the right one', async () => {
    await page.getByTestId('lock-button').click();
    await visible(screens(page).unlock);
    expect(await page.getByTestId('lock-note').textContent()).toContain('Vault locked');
    await shot(page, 'unlock');

    await page.getByTestId('unlock-passphrase').fill(WRONG);
    await page.getByRole('button', { name: 'Unlock' }).click();
    const error = page.getByTestId('unlock-error');
    await visible(error);
    expect(await error.getAttribute('data-code')).toBe('VAULT_WRONG_PASSPHRASE');
    expect(await error.textContent()).toContain('That passphrase is not correct.');
    expect(await page.getByTestId('unlock-passphrase').getAttribute('aria-invalid')).toBe('true');
    await visible(screens(page).unlock);
    await shot(page, 'unlock-wrong');

    await page.getByTestId('unlock-passphrase').fill(GOOD);
    expect(await error.count()).toBe(0);
    await page.getByTestId('unlock-passphrase').press('Enter');
    await visible(screens(page).shell);
    await shot(page, 'unlocked-again');
  });

  it('changes the passphrase in Settings; the new one unlocks', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('current-passphrase').fill(WRONG);
    await page.getByTestId('new-passphrase').fill(NEXT);
    await page.getByTestId('confirm-passphrase').fill(NEXT);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await visible(page.getByTestId('change-error'));
    expect(await page.getByTestId('change-error').getAttribute('data-code')).toBe('VAULT_WRONG_PASSPHRASE');
    await shot(page, 'settings-change-wrong');

    await page.getByTestId('current-passphrase').fill(GOOD);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await visible(page.getByTestId('change-done'));
    await shot(page, 'settings-changed');

    await page.getByTestId('lock-button').click();
    await visible(screens(page).unlock);
    await page.getByTestId('unlock-passphrase').fill(NEXT);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await visible(screens(page).shell);
  });

  it('went through all of that without console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });

  it('keeps the session across a reload of the same tab', async () => {
    await page.reload();
    await visible(screens(page).shell);
    expect(page.url()).toBe(bridge.origin);
  });

  it('shows "open the printed link" without a valid token (401)', async () => {
    // Same tab, token forgotten, reloaded.
    await page.evaluate('sessionStorage.clear()');
    await page.reload();
    await visible(screens(page).unauthorized);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Open CVault from the link in your terminal');
    await shot(page, 'unauthorized');

    // A new tab on the bare address, and one with a wrong token.
    const bare = await browser.context.newPage();
    await bare.goto(bridge.origin);
    await visible(screens(bare).unauthorized);
    await bare.close();
    const wrong = await browser.context.newPage();
    await wrong.goto(`${bridge.origin}#token=not-the-right-token`);
    await visible(screens(wrong).unauthorized);
    expect(wrong.url()).toBe(bridge.origin);
    await wrong.close();

    // Opening the printed link in the same tab (only the hash changes) picks up the token again.
    await page.goto(bridge.url);
    await visible(screens(page).shell);
  });
});
