import { userInfo } from 'node:os';
import { loadSettings } from '../settings/settings';
import type { Db } from '../vault/database';

/** Who is working: the name set in Settings, else the operating-system account. */
export const currentConsultant = (db: Db): string => {
  const configured = loadSettings(db).consultantName.trim();
  if (configured) return configured;
  try {
    return userInfo().username || 'consultant';
  } catch {
    return 'consultant';
  }
};
