import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  devNativeBindingPath,
  packagedNativeBindingPath,
  resolveNativeBinding,
  type NativeBindingContext,
} from '../../../electron/main/native-binding';

const root = join(import.meta.dirname, '..', '..', '..');

const ctx = (over: Partial<NativeBindingContext> = {}): NativeBindingContext => ({
  isPackaged: false,
  resourcesPath: '/opt/CVault/resources',
  projectRoot: '/src/cvault',
  electronVersion: '45.4.1',
  exists: () => true,
  ...over,
});

describe('native binding path', () => {
  it('uses the per-Electron-version build under .cache in development', () => {
    expect(resolveNativeBinding(ctx())).toEqual({
      ok: true,
      path: join('/src/cvault', '.cache', 'electron-native', '45.4.1', 'build', 'Release', 'better_sqlite3.node'),
    });
  });

  it('uses resources/native in a packaged app, never node_modules', () => {
    const r = resolveNativeBinding(ctx({ isPackaged: true }));
    expect(r).toEqual({ ok: true, path: join('/opt/CVault/resources', 'native', 'better_sqlite3.node') });
    expect(JSON.stringify(r)).not.toContain('node_modules');
  });

  it('explains what to do when the file is missing', () => {
    const dev = resolveNativeBinding(ctx({ exists: () => false }));
    expect(dev).toMatchObject({ ok: false, message: expect.stringContaining('scripts/electron-native.mjs') });
    const packaged = resolveNativeBinding(ctx({ isPackaged: true, exists: () => false }));
    expect(packaged).toMatchObject({ ok: false, message: expect.stringContaining('Reinstall') });
    expect(resolveNativeBinding(ctx({ isPackaged: true, resourcesPath: undefined }))).toMatchObject({ ok: false });
  });

  it('refuses to guess without a sane Electron version', () => {
    for (const electronVersion of [undefined, '', '../../etc', '45']) {
      expect(resolveNativeBinding(ctx({ electronVersion }))).toMatchObject({ ok: false });
    }
  });

  it('matches what scripts/electron-native.mjs builds and stages', () => {
    const version = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs'), '--print-path'], { encoding: 'utf8' });
    expect(out.trim()).toBe(devNativeBindingPath(root, version));
    expect(packagedNativeBindingPath('/r')).toBe(join('/r', 'native', 'better_sqlite3.node'));
  });
});
