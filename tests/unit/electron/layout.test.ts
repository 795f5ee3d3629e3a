import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLayout, outsideAsar, vaultDirOverride } from '../../../electron/main/layout';

describe('app layout', () => {
  it('points at the build outputs', () => {
    expect(appLayout('/src/cvault/dist')).toEqual({
      preload: join('/src/cvault/dist', 'preload', 'preload.cjs'),
      rendererRoot: join('/src/cvault/dist', 'renderer'),
      coreWorker: join('/src/cvault/dist', 'core', 'worker.mjs'),
      extractWorker: join('/src/cvault/dist', 'core', 'extract-worker.mjs'),
    });
  });

  it('runs the core worker from the unpacked copy of a packaged app', () => {
    expect(appLayout('/opt/CVault/resources/app.asar/dist').coreWorker).toBe(
      join('/opt/CVault/resources/app.asar.unpacked/dist', 'core', 'worker.mjs'),
    );
    expect(outsideAsar('C:\\CVault\\resources\\app.asar\\dist\\core\\worker.mjs')).toBe(
      'C:\\CVault\\resources\\app.asar.unpacked\\dist\\core\\worker.mjs',
    );
    expect(outsideAsar('/home/me/my.asar.notes/dist')).toBe('/home/me/my.asar.notes/dist');
  });

  it('takes the vault folder from --vault, then CVAULT_VAULT_DIR', () => {
    expect(vaultDirOverride(['electron', '.', '--vault', '/v1'], {})).toBe('/v1');
    expect(vaultDirOverride(['electron', '.', '--vault=/v2'], { CVAULT_VAULT_DIR: '/env' })).toBe('/v2');
    expect(vaultDirOverride(['electron', '.'], { CVAULT_VAULT_DIR: '/env' })).toBe('/env');
    expect(vaultDirOverride(['electron', '.', '--vault'], {})).toBeUndefined();
    expect(vaultDirOverride(['electron', '.'], {})).toBeUndefined();
  });
});
