import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const looksLikeTemplates = (dir: string): boolean => existsSync(join(dir, '_fonts')) && existsSync(join(dir, 'classic', 'template.json'));

let cached: string | undefined;

/**
 * The templates shipped with the app. Source runs and bundles (dist/…) both find the `templates`
 * folder by walking up from this module; a packaged app keeps it in app.asar while the core runs
 * from app.asar.unpacked. CVAULT_TEMPLATES_DIR overrides (tests, portable installs).
 */
export const builtinTemplatesDir = (): string => {
  const fromEnv = process.env.CVAULT_TEMPLATES_DIR;
  if (fromEnv) return fromEnv;
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    for (const candidate of [join(dir, 'templates'), join(dir.replace('app.asar.unpacked', 'app.asar'), 'templates')]) {
      if (looksLikeTemplates(candidate)) return (cached = candidate);
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('The built-in templates folder was not found.');
};
