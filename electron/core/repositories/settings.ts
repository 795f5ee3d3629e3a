import type { Db } from '../vault/database';

export const getSetting = (db: Db, key: string): string | undefined =>
  (db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(key) as string | undefined) ?? undefined;

export const setSetting = (db: Db, key: string, value: string, now: string): void => {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, now);
};
