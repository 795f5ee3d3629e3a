import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const WEB_ENTRY = join(ROOT, 'dist', 'web', 'web.mjs');
export const RENDERER_INDEX = join(ROOT, 'dist', 'renderer', 'index.html');
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';

/** Fails early with the command to run when the build the e2e tests drive is missing. */
export const assertBuilt = (): void => {
  for (const file of [WEB_ENTRY, RENDERER_INDEX])
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`node scripts/build.mjs\` first.`);
};
