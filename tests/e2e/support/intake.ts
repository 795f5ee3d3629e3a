import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeFixtureSet } from '../../fixtures';
import { screens, visible, WAIT_MS } from './ui';

/** Creates the vault through the Create screen and waits for the shell. */
export const createVaultInUi = async (page: Page, url: string, passphrase: string): Promise<void> => {
  await page.goto(url);
  await visible(screens(page).create);
  await page.getByTestId('create-passphrase').fill(passphrase);
  await page.getByTestId('create-confirm').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await visible(screens(page).shell);
};

export interface CvBatch {
  /** Generated CVs (PDF and DOCX) with known content. */
  readonly cvs: string[];
  /** A file that is not a CV format (plain text named .pdf): the core must refuse it by its bytes. */
  readonly notPdf: string;
}

/**
 * Writes generated fixture CVs (synthetic personas, no real personal data) into `dir`, which the
 * caller removes after the test. Two languages, two PDF layouts and one DOCX variant each.
 */
export const writeCvBatch = async (dir: string): Promise<CvBatch> => {
  const cvs = await writeFixtureSet(dir, { languages: ['en', 'nl'], pdfLayouts: ['single', 'two-column'], docxVariants: ['styled'], seed: 7 });
  const notPdf = join(dir, 'notes.pdf');
  writeFileSync(notPdf, 'These are plain-text notes, not a PDF.\n'.repeat(20));
  return { cvs, notPdf };
};

/**
 * Drops files on the window the way a file manager does: dragenter, dragover and drop with a
 * DataTransfer holding real File objects built in the page from the files' bytes.
 */
export const dropFiles = async (page: Page, paths: readonly string[], stage: 'enter' | 'drop' = 'drop'): Promise<void> => {
  const files = paths.map((p) => ({ name: basename(p), data: readFileSync(p).toString('base64') }));
  const types = stage === 'enter' ? ['dragenter', 'dragover'] : ['dragover', 'drop'];
  await page.evaluate(`(() => {
    const files = ${JSON.stringify(files)};
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    for (const type of ${JSON.stringify(types)})
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  })()`);
};

/**
 * Imports files through the Import screen as a consultant does: pick the files, say where they
 * came from (and optionally the detail and the date received), start, and wait for the batch.
 */
export const importInUi = async (
  page: Page,
  files: readonly string[],
  source: { kind: string; detail?: string; receivedOn?: string },
): Promise<void> => {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('file-input').setInputFiles([...files]);
  await page.getByTestId('source-kind').selectOption(source.kind);
  if (source.detail) await page.getByTestId('source-detail').fill(source.detail);
  if (source.receivedOn) await page.getByTestId('source-received').fill(source.receivedOn);
  await page.getByTestId('start-import').click();
  await waitForImportDone(page);
};

/** Waits until the import list says the batch is finished. */
export const waitForImportDone = async (page: Page, timeoutMs = 120_000): Promise<void> => {
  await page.getByTestId('import-count').filter({ hasText: 'Import finished' }).waitFor({ state: 'visible', timeout: timeoutMs });
};

export const summaryCount = async (page: Page, key: 'imported' | 'versions' | 'duplicates' | 'failed' | 'cancelled'): Promise<number> =>
  Number(await page.getByTestId(`summary-${key}`).locator('dd').textContent({ timeout: WAIT_MS }));
