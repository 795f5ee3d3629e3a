import { DEFAULT_RETENTION_POLICIES, RetentionPolicies, type RetentionPoliciesPatch } from '../../../shared/rights/retention';
import { getSetting, setSetting } from '../repositories/settings';
import { loadSettings } from '../settings/settings';
import type { Db } from '../vault/database';

const KEY = 'retention.policies';

/**
 * Until a firm sets its own, the not-placed period is the one its privacy notice already states
 * (Settings → privacy → retention months), so the app keeps what the candidates were told.
 */
export const loadPolicies = (db: Db): RetentionPolicies => {
  const base = { ...DEFAULT_RETENTION_POLICIES, notPlacedMonths: loadSettings(db).privacy.retentionMonths };
  const raw = getSetting(db, KEY);
  if (!raw) return base;
  const parsed = RetentionPolicies.safeParse({ ...base, ...(JSON.parse(raw) as object) });
  return parsed.success ? parsed.data : base;
};

export const savePolicies = (db: Db, patch: RetentionPoliciesPatch, now: string): RetentionPolicies => {
  const next = RetentionPolicies.parse({ ...loadPolicies(db), ...patch });
  setSetting(db, KEY, JSON.stringify(next), now);
  return next;
};
