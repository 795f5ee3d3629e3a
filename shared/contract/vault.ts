import { z } from 'zod';
import { call } from './define';

export const MIN_PASSPHRASE_LENGTH = 10;

const Passphrase = z.string().min(1).max(1024);

export const VaultState = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

export const VaultStatus = z.object({
  state: VaultState,
  dir: z.string(),
  /** Present once unlocked. */
  schemaVersion: z.number().int().optional(),
  counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
  autoLockMinutes: z.number().int().positive(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

const Empty = z.object({}).strict();

export const vaultCalls = {
  'vault.status': call({
    summary: 'Whether a vault exists here and is locked or unlocked, with counts when unlocked.',
    input: Empty,
    output: VaultStatus,
    errors: [],
  }),
  'vault.create': call({
    summary: 'Create a new encrypted vault protected by a passphrase, and unlock it.',
    input: z.object({ passphrase: Passphrase }).strict(),
    output: VaultStatus,
    errors: ['VAULT_EXISTS', 'VAULT_WEAK_PASSPHRASE', 'VAULT_BUSY'],
  }),
  'vault.unlock': call({
    summary: 'Unlock the vault with its passphrase.',
    input: z.object({ passphrase: Passphrase }).strict(),
    output: VaultStatus,
    errors: ['VAULT_NOT_FOUND', 'VAULT_WRONG_PASSPHRASE', 'VAULT_CORRUPT', 'VAULT_BUSY', 'VAULT_TOO_NEW'],
  }),
  'vault.lock': call({
    summary: 'Close the vault and forget its key.',
    input: Empty,
    output: VaultStatus,
    errors: [],
  }),
  'vault.changePassphrase': call({
    summary: 'Re-wrap the vault key under a new passphrase (the database is not re-encrypted).',
    input: z.object({ current: Passphrase, next: Passphrase }).strict(),
    output: VaultStatus,
    errors: ['VAULT_NOT_FOUND', 'VAULT_WRONG_PASSPHRASE', 'VAULT_WEAK_PASSPHRASE', 'VAULT_CORRUPT'],
  }),
} as const;
