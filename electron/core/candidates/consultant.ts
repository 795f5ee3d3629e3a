import { userInfo } from 'node:os';
import { getSetting } from '../repositories/settings';
import type { Db } from '../vault/database';

/** Who is working: the name set in Settings, else the operating-system account. */
export const currentConsultant = (db: Db): string => {
  const configured = getSetting(db, 'consultant.name');
  if (configured) return configured;
  try {
    return userInfo().username || 'consultant';
  } catch {
    return 'consultant';
  }
};
