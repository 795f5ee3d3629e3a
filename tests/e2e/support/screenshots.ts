import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/** Numbered full-page screenshots in test-output/screenshots/, in the order they were taken. */
export const createScreenshots = (prefix: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let n = 0;
  return async (page: Page, name: string): Promise<string> => {
    n += 1;
    const file = join(SCREENSHOT_DIR, `${prefix}-${String(n).padStart(2, '0')}-${name}.png`);
    // Sticky bars are drawn at the current scroll offset in a full-page shot: start from the top.
    // Then let transitions and the caret settle so screenshots are stable.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    return file;
  };
};
