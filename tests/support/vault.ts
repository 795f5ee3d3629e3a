import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { vaultFiles } from '../../electron/core/vault/paths';
import type { KdfParams } from '../../electron/core/vault/keyfile';

/** Cheap KDF for tests that open many vaults; the app and CLI always use the default cost. */
export const TEST_KDF: KdfParams = { name: 'scrypt', N: 2 ** 12, r: 8, p: 1 };
export const PASSPHRASE = 'amber-otter-climbs-7-hills';
export const OTHER_PASSPHRASE = 'quiet-lantern-drifts-42-south';

/** sha256 of every file of a vault folder that exists (missing ones map to null). */
export const fingerprint = (dir: string): Record<string, string | null> => {
  const out: Record<string, string | null> = {};
  for (const [k, f] of Object.entries(vaultFiles(dir)))
    out[k] = existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : null;
  return out;
};

/** The raw bytes of the database and its side files, as an attacker with the disk would see them. */
export const rawVaultBytes = (dir: string): Buffer[] => {
  const f = vaultFiles(dir);
  return [f.db, f.wal, f.shm].filter((p) => existsSync(p)).map((p) => readFileSync(p));
};
