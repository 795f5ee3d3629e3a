import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkerCore } from '../../../electron/core/host/worker-host';
import type { CoreHost } from '../../../electron/core/host/types';
import { bundleEntry } from '../../support/bundle';
import { tempDirs } from '../../support/tmp';

const tmp = tempDirs();
const entry = bundleEntry('electron/core/host/worker-entry.ts');
let host: CoreHost | undefined;
afterEach(async () => {
  await host?.close();
  tmp.cleanup();
});

describe('core in a worker thread', () => {
  it('answers contract calls and pushes events', async () => {
    host = startWorkerCore(entry, { dir: join(tmp.make(), 'v') });
    const events: string[] = [];
    host.onEvent((name) => events.push(name));
    expect(await host.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'absent' } });
    expect(await host.call('vault.create', { passphrase: 'maple-kettle-osprey-58' })).toMatchObject({
      ok: true,
      value: { state: 'unlocked', schemaVersion: expect.any(Number) },
    });
    expect(await host.call('vault.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(events).toEqual(['vault.locked']);
    expect(await host.call('vault.unlock', { passphrase: 'maple-kettle-osprey-59' })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_WRONG_PASSPHRASE' },
    });
  });

  it('a worker that dies fails its pending call with INTERNAL; the next call gets a fresh worker and nothing half-written', async () => {
    process.env.CVAULT_TEST_DIE_AFTER_MS = '150';
    const dir = join(tmp.make(), 'v');
    host = startWorkerCore(bundleEntry('tests/integration/core/dying-worker.ts'), { dir });
    const locked: string[] = [];
    host.onEvent((name) => locked.push(name));
    // Full-cost scrypt takes longer than the worker lives.
    const cut = await host.call('vault.create', { passphrase: 'maple-kettle-osprey-58' });
    expect(cut).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(locked).toContain('vault.locked');
    expect(await host.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'absent' } });
  });
});
