import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../electron/core/api/session';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

const tmp = tempDirs();
afterEach(() => tmp.cleanup());

describe('session', () => {
  it('reports absent, then unlocked after create, then locked after lock', async () => {
    const events: unknown[] = [];
    const s = new Session({ dir: tmp.make(), kdf: TEST_KDF, emit: (name, payload) => events.push({ name, payload }) });
    expect(s.status().state).toBe('absent');
    expect((await s.create(PASSPHRASE)).state).toBe('unlocked');
    expect(s.lock().state).toBe('locked');
    expect(events).toEqual([{ name: 'vault.locked', payload: { reason: 'user' } }]);
    expect(() => s.requireVault()).toThrow(/locked/);
  });

  it('locks itself after the idle time, and activity postpones it', async () => {
    let now = 0;
    const events: unknown[] = [];
    const s = new Session({
      dir: tmp.make(),
      kdf: TEST_KDF,
      autoLockMinutes: 5,
      now: () => now,
      emit: (name, payload) => events.push({ name, payload }),
    });
    await s.create(PASSPHRASE);
    now = 4 * 60_000;
    s.touch();
    now = 8 * 60_000;
    s.lockIfIdle();
    expect(s.status().state).toBe('unlocked');
    now = 9 * 60_000;
    s.lockIfIdle();
    expect(s.status().state).toBe('locked');
    expect(events).toEqual([{ name: 'vault.locked', payload: { reason: 'idle' } }]);
  });
});
