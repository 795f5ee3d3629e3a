import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, generatePersona, renderPdfFixture, type FixtureTruth } from '../fixtures';
import { startBridge, type RunningBridge } from './support/bridge';
import { launchBrowser, type Browser } from './support/browser';
import { createVaultInUi, importInUi } from './support/intake';
import { assertBuilt } from './support/paths';
import { createScreenshots } from './support/screenshots';
import { createTempDirs } from './support/tempdir';
import { visible, WAIT_MS } from './support/ui';

const PASSPHRASE = 'orchard velvet compass tide';
const POLL = { timeout: WAIT_MS, interval: 100 };

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `needle` occurs in `text` as whole words, ignoring case, accents and spacing. */
const containsWords = (text: string, needle: string): boolean =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${fold(needle).trim().split(/\s+/).map(escape).join('\\s+')}($|[^\\p{L}\\p{N}])`, 'u').test(fold(text));

const reasonCodes = async (page: Page): Promise<string[]> =>
  Promise.all((await page.getByTestId('export-reason').all()).map(async (l) => (await l.getAttribute('data-code')) ?? ''));

/** Non-white pixels on the first preview page: a blank canvas has none. */
const inkedPixels = (page: Page): Promise<number> =>
  page.evaluate(`(() => {
    const c = document.querySelector('[data-testid="pdf-page"]');
    if (!c) return 0;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  })()`);

/**
 * Drags the mouse over `text` inside the first CV line that holds it, as a consultant selecting
 * words would (start of the first character to the end of the last).
 */
const dragSelect = async (page: Page, text: string): Promise<void> => {
  const box = await page.evaluate<{ x1: number; y1: number; x2: number; y2: number } | null>(`(() => {
    const text = ${JSON.stringify(text)};
    const unit = [...document.querySelectorAll('[data-testid="review-unit"]')].find((u) => u.textContent.includes(text));
    if (!unit) return null;
    const at = unit.textContent.indexOf(text);
    const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
    const point = (offset) => {
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (offset < seen + n.length) return [n, offset - seen];
        seen += n.length;
      }
      return null;
    };
    const rectOf = (offset) => {
      walker.currentNode = unit;
      const [node, o] = point(offset);
      const r = document.createRange();
      r.setStart(node, o);
      r.setEnd(node, o + 1);
      return r.getBoundingClientRect();
    };
    unit.scrollIntoView({ block: 'center' });
    const first = rectOf(at);
    const last = rectOf(at + text.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  })()`);
  expect(box, `no CV line holds "${text}"`).not.toBeNull();
  if (!box) return;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
};

describe('review, export and shares in the browser (web bridge)', () => {
  const temp = createTempDirs();
  const shot = createScreenshots('review-export');
  let bridge: RunningBridge;
  let browser: Browser;
  let page: Page;
  let truth: FixtureTruth;
  let cvPath: string;
  let manualTerm = '';
  let keptStatement = '';
  const warnings: string[] = [];
  let ref = '';

  beforeAll(async () => {
    assertBuilt();
    // A synthetic persona with a health statement and a Belgian national number: no real person.
    const persona = generatePersona(4242, 'en', { special: ['health'], country: 'BE', nationalNumber: true });
    const fixture = await renderPdfFixture(persona, 'single', { footer: true, metadata: true, letterSpacedName: false });
    truth = fixture.truth;
    cvPath = join(temp.make('cvs'), 'candidate-cv.pdf');
    writeFileSync(cvPath, fixture.bytes);
    bridge = await startBridge(temp.make('vault'));
    browser = await launchBrowser(temp.make('profile'));
    page = browser.page;
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await createVaultInUi(page, bridge.url, PASSPHRASE);
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.stop();
    temp.cleanup();
  });

  it('imports a generated CV and opens it', async () => {
    await importInUi(page, [cvPath], { kind: 'referral', detail: 'A colleague' });
    await page.getByTestId('nav-candidates').click();
    await page.getByTestId('candidate-row').first().locator('th button').click();
    await visible(page.getByTestId('candidate-page'));
    ref = (await page.getByTestId('candidate-ref').textContent()) ?? '';
    expect(ref).toMatch(/^CV-\d{4}-\d{4}$/);
  });

  it('says why the export is blocked before the review and the consent', async () => {
    await page.getByTestId('open-export').click();
    await visible(page.getByTestId('export-dialog'));
    await visible(page.getByTestId('export-blocked'));
    await expect.poll(() => reasonCodes(page), POLL).toEqual(['UNREVIEWED', 'NO_BASIS', 'NOTICE_OUTSTANDING']);
    expect(await page.getByTestId('export-blocked').textContent()).toContain('The review of this CV is not finished');
    expect(await page.getByTestId('export-submit').isDisabled()).toBe(true);
    // The preview renders even while blocked: the consultant sees what would go out.
    await page.locator('[data-testid="pdf-preview"][data-state="drawn"]').waitFor({ timeout: WAIT_MS });
    await shot(page, 'export-blocked');
    await page.getByTestId('export-close').click();
    expect(await page.getByTestId('export-dialog').count()).toBe(0);
  });

  it('shows the findings highlighted by kind, grouped with counts', async () => {
    await page.getByTestId('tab-review').click();
    await visible(page.getByTestId('review-list'));
    // The plan and the CV text load separately: wait for the highlighted text too.
    await visible(page.getByTestId('review-text').locator('mark').first());
    expect(await page.getByTestId('review-status').getAttribute('data-state')).toBe('unreviewed');
    const identifiers = Number(await page.getByTestId('review-group-identifier').getAttribute('data-count'));
    const specials = Number(await page.getByTestId('review-group-special').getAttribute('data-count'));
    expect(identifiers).toBeGreaterThan(2);
    expect(specials).toBeGreaterThan(0);
    expect(await page.locator('mark[data-kind="identifier"]').count()).toBeGreaterThan(2);
    expect(await page.locator('mark[data-kind="special"]').count()).toBeGreaterThan(0);
    const email = truth.contact.emails[0] ?? '';
    expect(await page.locator('mark[data-kind="identifier"]', { hasText: email }).count()).toBeGreaterThan(0);
    await shot(page, 'review-initial');
  });

  it('accepts one finding, rejects another, and moves with the keyboard', async () => {
    const email = page.locator('[data-testid="review-item"][data-type="email"]').first();
    await email.getByTestId('item-accept').click();
    await expect.poll(() => email.getAttribute('data-decision'), POLL).toBe('accept');

    // Keep a special-category statement (the consultant judged it harmless): it must stay kept.
    const special = page.locator('[data-testid="review-item"][data-kind="special"]').first();
    const specialId = await special.getAttribute('data-item-row');
    await special.getByTestId('item-reject').click();
    const kept = page.locator(`[data-item-row="${specialId ?? ''}"]`);
    await expect.poll(() => kept.getAttribute('data-decision'), POLL).toBe('reject');
    expect(await page.locator(`mark[data-item="${specialId ?? ''}"]`).first().getAttribute('data-decision')).toBe('reject');
    // A statement wrapped over two lines is decided as one: no half of it is left undecided.
    const category = (await special.getAttribute('data-type')) ?? '';
    expect(await page.locator(`[data-testid="review-item"][data-type="${category}"][data-decision="pending"]`).count()).toBe(0);
    keptStatement = (await kept.locator('.rv-item-text').textContent()) ?? '';

    // j selects the first finding in reading order, a second j the next; k goes back.
    await page.keyboard.press('j');
    const active = page.locator('[data-testid="review-item"][aria-current="true"]');
    await visible(active);
    const first = await active.getAttribute('data-item-row');
    await page.keyboard.press('j');
    await expect.poll(() => active.getAttribute('data-item-row'), POLL).not.toBe(first);
    await page.keyboard.press('k');
    await expect.poll(() => active.getAttribute('data-item-row'), POLL).toBe(first);
    expect(await page.locator('mark.hl-active').count()).toBeGreaterThan(0);
    await shot(page, 'review-decided');
  });

  it('redacts selected text by hand, always for this candidate', async () => {
    const experience = truth.sections.find((s) => s.kind === 'experience');
    manualTerm = experience?.entries?.[0]?.organisation ?? '';
    expect(manualTerm.length).toBeGreaterThan(2);
    await dragSelect(page, manualTerm);
    await expect.poll(() => page.getByTestId('selection-text').textContent(), POLL).toBe(`Selected: “${manualTerm}”`);
    await shot(page, 'review-selection');
    await page.getByTestId('selection-always').check();
    expect(await page.getByTestId('redact-here').isDisabled()).toBe(true);
    await page.getByTestId('redact-everywhere').click();
    const manual = page.locator('[data-testid="review-item"][data-kind="manual"]');
    await visible(manual.first());
    expect(await manual.first().locator('.rv-item-text').textContent()).toBe(manualTerm);
    expect(await manual.first().textContent()).toContain('always for this candidate');
    expect(await page.locator('mark[data-kind="manual"]').count()).toBeGreaterThan(0);
  });

  it('marks the review done (who and when) and reports by type and section without values', async () => {
    await page.getByTestId('mark-reviewed').click();
    await expect.poll(() => page.getByTestId('review-status').getAttribute('data-state'), POLL).toBe('reviewed');
    expect(await page.getByTestId('review-status-text').textContent()).toMatch(/^Reviewed by .+ on .+/);
    const report = page.getByTestId('redaction-report');
    await visible(report.getByTestId('report-by-type'));
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('E-mail');
    expect(reportText).toContain('Redacted by hand');
    for (const value of [truth.contact.name, ...truth.contact.emails, ...truth.contact.phones, manualTerm]) expect(reportText).not.toContain(value);
    expect(await report.getByTestId('report-by-section').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'review-reviewed');
  });

  it('records consent and the art. 14 notice so the gate opens', async () => {
    await page.getByTestId('tab-consent').click();
    await page.getByTestId('record-client-sharing').click();
    await page.getByTestId('consent-basis').selectOption('consent');
    await page.getByTestId('consent-status-given').check();
    await page.getByTestId('consent-method').selectOption('email');
    await page.getByTestId('consent-submit').click();
    await visible(page.getByTestId('consent-done'));
    await page.getByTestId('notice-submit').click();
    await visible(page.getByTestId('sharing-allowed'));
  });

  it('previews and exports a blind PDF that holds no name, e-mail, phone or hand-redacted term', async () => {
    await page.getByTestId('open-export').click();
    await visible(page.getByTestId('export-ready'));
    await page.locator('[data-testid="pdf-preview"][data-state="drawn"]').waitFor({ timeout: WAIT_MS });
    expect(await inkedPixels(page)).toBeGreaterThan(2000);
    expect(await page.getByTestId('preview-meta').textContent()).toMatch(new RegExp(`^\\d+ pages? · ${ref}_.+\\.pdf$`));
    await shot(page, 'export-ready');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.getByTestId('export-submit').click()]);
    const file = join(temp.make('downloads'), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${ref}_.+\\.pdf$`));
    await visible(page.getByTestId('export-done'));
    const sha = (await page.getByTestId('export-sha256').textContent()) ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    await shot(page, 'export-done');

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(ref);
    const [given, ...rest] = truth.contact.name.split(/\s+/);
    expect(containsWords(text, truth.contact.name)).toBe(false);
    expect(containsWords(text, rest.join(' '))).toBe(false);
    expect(given && containsWords(text, `${given} ${rest.join(' ')}`)).toBe(false);
    for (const e of truth.contact.emails) expect(fold(text)).not.toContain(fold(e));
    const digitLines = text.split('\n').map((l) => l.replace(/\D/g, ''));
    for (const phone of truth.contact.phones) {
      const tail = phone.replace(/\D/g, '').slice(-8);
      expect(digitLines.some((l) => l.includes(tail))).toBe(false);
    }
    expect(containsWords(text, manualTerm)).toBe(false);
    // The statement the consultant kept is printed whole, across its original line break.
    expect(text.replace(/\s+/g, ' ')).toContain(keptStatement.replace(/\s+/g, ' ').trim());
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(containsWords(info, truth.contact.name)).toBe(false);
  });

  it('exports a named DOCX from the same dialog: the name stays, the contact details go', async () => {
    await page.locator('label', { has: page.getByTestId('export-mode-named') }).click();
    expect(await page.getByTestId('export-mode-named').isChecked()).toBe(true);
    await page.getByTestId('export-format').selectOption('docx');
    await visible(page.getByTestId('export-ready'));
    expect(await page.getByTestId('export-submit').textContent()).toBe('Export Word (DOCX)');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.getByTestId('export-submit').click()]);
    const file = join(temp.make('downloads-docx'), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${ref}_.+\\.docx$`));
    const docx = await docxText(readFileSync(file));
    const body = [...docx.body, ...docx.headers, ...docx.footers].join('\n');
    expect(containsWords(body, truth.contact.name)).toBe(true);
    for (const e of truth.contact.emails) expect(fold(body)).not.toContain(fold(e));
    expect(containsWords(body, manualTerm)).toBe(false);
    await page.getByTestId('export-close').click();
  });

  it('lists the share on the candidate page and in the Shares screen, with a CSV export', async () => {
    await page.getByTestId('tab-shares').click();
    await visible(page.getByTestId('candidate-shares').getByTestId('share-row').first());
    // Newest first: the named DOCX, then the blind PDF.
    const kinds = await Promise.all((await page.getByTestId('share-row').all()).map(async (r) => `${await r.getAttribute('data-mode')}/${await r.getAttribute('data-format')}`));
    expect(kinds).toEqual([
      'named/docx',
      'blind/pdf',
    ]);
    await shot(page, 'candidate-shares');

    await page.getByTestId('nav-shares').click();
    await visible(page.getByTestId('shares-page'));
    const rows = page.locator(`[data-testid="share-row"][data-ref="${ref}"]`);
    await expect.poll(() => rows.count(), POLL).toBe(2);
    expect(await rows.first().textContent()).toContain('None yet');
    await page.getByTestId('shares-filter-client').selectOption('none');
    await page.getByTestId('shares-filter-format').selectOption('docx');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().getAttribute('data-mode')).toBe('named');
    await page.getByTestId('shares-search').fill('no such reference');
    await visible(page.getByTestId('shares-no-match'));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count(), POLL).toBe(2);
    await page.getByTestId('shares-filter-mode').selectOption('blind');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    await shot(page, 'shares');

    const [csv] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.getByTestId('shares-csv').click()]);
    const csvFile = join(temp.make('csv'), csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const lines = readFileSync(csvFile, 'utf8').trim().split(/\r\n/);
    expect(lines[0]).toBe('at,ref,clientName,templateName,mode,language,format,consultant,fileName,sha256');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${ref},`);
    expect(lines[1]).toContain(',blind,');

    // Nothing on the way was refused by the CSP or thrown.
    expect(browser.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    // pdf.js ran in its own worker (served from the app's files), not the main-thread fallback.
    expect(warnings.filter((w) => /fake worker/i.test(w))).toEqual([]);
  });
});
