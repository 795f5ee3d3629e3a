import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { CvaultApi } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';

/** What the navigation and the home screen show as owed: open and late rights requests, retention reviews. */
export interface DueCounts {
  readonly requestsOpen: number;
  readonly requestsOverdue: number;
  readonly retentionDue: number;
  readonly retentionOverdue: number;
  /** Erased by the firm's automatic erasure when the vault was last unlocked (0 when it is off). */
  readonly autoErased: number;
}

export interface BadgeCount {
  readonly count: number;
  readonly late: boolean;
}

/** What the navigation shows beside Requests and Retention; a section with nothing owed gets nothing. */
export const badgeCounts = (c: DueCounts | undefined): { requests?: BadgeCount; retention?: BadgeCount } => {
  if (!c) return {};
  const retention = c.retentionDue + c.retentionOverdue;
  return {
    ...(c.requestsOpen > 0 ? { requests: { count: c.requestsOpen, late: c.requestsOverdue > 0 } } : {}),
    ...(retention > 0 ? { retention: { count: retention, late: c.retentionOverdue > 0 } } : {}),
  };
};

const refreshers = new Set<() => void>();
const watchers = new Set<() => void>();
let latest: DueCounts | undefined;

const publish = (counts: DueCounts | undefined): void => {
  latest = counts;
  for (const w of [...watchers]) w();
};

/** For pages that change what is due: the shell loads the counts again. */
export const useDueCountsRefresh = (): (() => void) =>
  useCallback(() => {
    for (const r of [...refreshers]) r();
  }, []);

export const loadDueCounts = async (api: CvaultApi): Promise<DueCounts | undefined> => {
  const [rights, retention, auto] = await Promise.all([api['rights.list']({ openOnly: true }), api['retention.due']({}), api['retention.autoErase']({})]);
  if (!rights.ok || !retention.ok || !auto.ok) return undefined;
  return {
    requestsOpen: rights.value.counts.open,
    requestsOverdue: rights.value.counts.overdue,
    retentionDue: retention.value.filter((r) => r.status === 'due').length,
    retentionOverdue: retention.value.filter((r) => r.status === 'overdue').length,
    autoErased: auto.value.enabled ? (auto.value.lastRun?.erased.length ?? 0) : 0,
  };
};

/**
 * The shell's copy of the counts: loaded when the vault is opened and again only when a page
 * signals a change (every call is an audit entry, so they are not polled on each navigation).
 * Undefined until loaded or when the core cannot answer: then nothing is shown.
 */
export const useDueCounts = (): DueCounts | undefined => {
  const { api } = useClient();
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    const bump = (): void => setNonce((n) => n + 1);
    refreshers.add(bump);
    return () => {
      refreshers.delete(bump);
    };
  }, []);
  useEffect(() => {
    let live = true;
    loadDueCounts(api).then(
      (c) => {
        if (live) publish(c);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, nonce]);
  return useDueCountsValue();
};

/** The counts the shell loaded last, for other parts of the screen (the home summary). */
export const useDueCountsValue = (): DueCounts | undefined =>
  useSyncExternalStore(
    (onChange) => {
      watchers.add(onChange);
      return () => {
        watchers.delete(onChange);
      };
    },
    () => latest,
  );
