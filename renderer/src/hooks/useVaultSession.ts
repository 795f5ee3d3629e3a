import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import type { CoreEvent, CvaultClient } from '../api';
import { useActivityHeartbeat } from './useActivityHeartbeat';
import { useCoreEvents } from './useCoreEvents';

export type LockReason = 'user' | 'idle';

export type VaultView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: ErrorCode }
  | { readonly kind: 'absent'; readonly status: VaultStatus }
  | { readonly kind: 'locked'; readonly status: VaultStatus; readonly reason: LockReason | undefined }
  | { readonly kind: 'unlocked'; readonly status: VaultStatus };

const viewOf = (status: VaultStatus, reason?: LockReason): VaultView =>
  status.state === 'unlocked'
    ? { kind: 'unlocked', status }
    : status.state === 'locked'
      ? { kind: 'locked', status, reason }
      : { kind: 'absent', status };

export interface VaultSession {
  readonly view: VaultView;
  /** Ask the core for its state again (start-up, retry, after a reconnect). */
  readonly refresh: () => void;
  /** The core answered a create/unlock/change call with a new status. */
  readonly apply: (status: VaultStatus) => void;
  /** Lock now (the Lock button). */
  readonly lock: () => void;
}

/** Which screen the app is on, driven by vault.status, vault.locked events and the user's actions. */
export const useVaultSession = (client: CvaultClient): VaultSession => {
  const [view, setView] = useState<VaultView>({ kind: 'loading' });

  const refresh = useCallback(() => {
    void client.api['vault.status']({}).then((result) => {
      if (result.ok) setView((prev) => viewOf(result.value, prev.kind === 'locked' ? prev.reason : undefined));
      else setView({ kind: 'failed', code: result.error.code });
    });
  }, [client]);

  const apply = useCallback((status: VaultStatus) => setView(viewOf(status)), []);

  const toLocked = useCallback((reason: LockReason) => {
    setView((prev) => (prev.kind === 'unlocked' ? { kind: 'locked', status: { ...prev.status, state: 'locked' }, reason } : prev));
  }, []);

  const lock = useCallback(() => {
    void client.api['vault.lock']({}).then((result) => {
      if (result.ok) setView(viewOf(result.value, 'user'));
    });
  }, [client]);

  useEffect(refresh, [refresh]);

  const onEvent = useCallback(
    (event: CoreEvent) => {
      if (event.name === 'vault.locked') toLocked(event.payload.reason);
    },
    [toLocked],
  );
  useCoreEvents(client, onEvent, refresh);

  // Keep the vault open while the user is active; also notices a lock whose event was missed.
  const unlocked = view.kind === 'unlocked';
  useActivityHeartbeat(unlocked, () => {
    void client.api['vault.status']({}).then((result) => {
      if (result.ok && result.value.state !== 'unlocked') setView(viewOf(result.value));
    });
  });

  return { view, refresh, apply, lock };
};
