import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../../shared/settings';
import { getSetting, setSetting } from '../repositories/settings';
import type { Db } from '../vault/database';

const KEY = 'app.settings';

export const loadSettings = (db: Db): Settings => {
  const raw = getSetting(db, KEY);
  if (!raw) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(raw) as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
};

export const updateSettings = (db: Db, patch: SettingsPatch, now: string): Settings => {
  const current = loadSettings(db);
  const next = Settings.parse({ ...current, ...patch, privacy: { ...current.privacy, ...patch.privacy } });
  setSetting(db, KEY, JSON.stringify(next), now);
  return next;
};
