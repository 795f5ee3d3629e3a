import type { EventName, EventPayload } from '../../../shared/contract';
import type { VaultStatus } from '../../../shared/contract/vault';
import { CoreError } from '../errors';
import { ExtractionPool } from '../intake/pool';
import { Vault, vaultExists, type VaultOptions } from '../vault/vault';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface SessionOptions extends VaultOptions {
  dir: string;
  /** The bundled extraction worker (dist/core/extract-worker.mjs); needed for imports only. */
  extractWorkerPath?: string | undefined;
  autoLockMinutes?: number;
  emit?: Emit;
  now?: () => number;
}

/**
 * The one vault a running app works on, locked or unlocked. Each call counts as activity; after
 * `autoLockMinutes` without any the vault is closed and the key forgotten.
 */
export class Session {
  private vault: Vault | undefined;
  private lastActivity: number;
  private timer: NodeJS.Timeout | undefined;
  private extraction: ExtractionPool | undefined;
  readonly dir: string;
  readonly autoLockMinutes: number;
  private readonly emit: Emit;
  private readonly now: () => number;

  constructor(private readonly options: SessionOptions) {
    this.dir = options.dir;
    this.autoLockMinutes = options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
    this.emit = options.emit ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.lastActivity = this.now();
  }

  touch(): void {
    this.lastActivity = this.now();
  }

  status(): VaultStatus {
    const base = { dir: this.dir, autoLockMinutes: this.autoLockMinutes };
    if (this.vault)
      return { ...base, state: 'unlocked', schemaVersion: this.vault.schemaVersion, counts: this.vault.counts() };
    return { ...base, state: vaultExists(this.dir) ? 'locked' : 'absent' };
  }

  /** The open vault, or VAULT_LOCKED: every data call goes through here. */
  requireVault(): Vault {
    if (!this.vault) throw new CoreError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.vault;
  }

  async create(passphrase: string): Promise<VaultStatus> {
    this.adopt(await Vault.create(this.dir, passphrase, this.options));
    return this.status();
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    if (!this.vault) this.adopt(await Vault.open(this.dir, passphrase, this.options));
    return this.status();
  }

  async changePassphrase(current: string, next: string): Promise<VaultStatus> {
    await Vault.changePassphrase(this.dir, current, next, this.options);
    return this.status();
  }

  lock(reason: 'user' | 'idle' = 'user'): VaultStatus {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.vault) {
      const v = this.vault;
      this.vault = undefined;
      v.close();
      this.emit('vault.locked', { reason });
    }
    return this.status();
  }

  private adopt(vault: Vault): void {
    this.vault = vault;
    this.touch();
    const idleMs = this.autoLockMinutes * 60_000;
    this.timer = setInterval(() => this.lockIfIdle(), Math.min(30_000, idleMs));
    this.timer.unref();
  }

  /** The parser pool, started on first use and kept across lock/unlock (it holds no vault data). */
  pool(): ExtractionPool {
    if (!this.options.extractWorkerPath) throw new Error('No extraction worker configured for this core');
    this.extraction ??= new ExtractionPool({ workerPath: this.options.extractWorkerPath });
    return this.extraction;
  }

  async close(): Promise<void> {
    this.lock('user');
    const pool = this.extraction;
    this.extraction = undefined;
    await pool?.close();
  }

  /** Exposed for tests with an injected clock. */
  lockIfIdle(): void {
    if (this.vault && this.now() - this.lastActivity >= this.autoLockMinutes * 60_000) this.lock('idle');
  }
}
