import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints an existing file with one extra import on top, as if someone had added it. */
const violations = async (file: string, extraImport: string): Promise<string[]> => {
  const text = `${extraImport}\n${readFileSync(resolve(root, file), 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('dependency direction is enforced by lint', () => {
  it.each([
    ['shared/errors.ts', "import { readFileSync } from 'node:fs';", /Node built-ins/],
    ['shared/errors.ts', "import { tmpdir } from 'os';", /Node built-ins/],
    ['shared/errors.ts', "import { Vault } from '../electron/core/vault/vault';", /must not import from electron/],
    ['shared/errors.ts', "import { app } from 'electron';", /Only electron\/main/],
    ['electron/core/errors.ts', "import { app } from 'electron';", /Only electron\/main/],
    ['electron/core/errors.ts', "import { runCli } from '../cli/run';", /must not depend on its hosts/],
    ['electron/cli/errors.ts', "import { BrowserWindow } from 'electron';", /Only electron\/main/],
    ['electron/web/guard.ts', "import { x } from '../../renderer/src/main';", /Nothing imports the renderer/],
  ])('%s: %s is refused', async (file, extra, message) => {
    const found = await violations(file, extra);
    expect(found.some((m) => message.test(m)), found.join('\n')).toBe(true);
  });

  it('allowed imports pass: shared importing shared, core importing shared', async () => {
    expect(await violations('shared/errors.ts', "import { events } from './contract/events';")).toEqual([]);
    expect(await violations('electron/core/errors.ts', "import { contract } from '../../shared/contract';")).toEqual([]);
  });
});
