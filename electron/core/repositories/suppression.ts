import { createHmac, randomBytes } from 'node:crypto';
import { emailKey } from '../../../shared/candidates/contact-keys';
import type { Db } from '../vault/database';
import { getSetting, setSetting } from './settings';

/** A vault-specific secret: the hashes mean nothing outside this vault and cannot be reversed by guessing addresses elsewhere. */
const suppressionKey = (db: Db, now: string): Buffer => {
  let hex = getSetting(db, 'suppression.key');
  if (!hex) {
    hex = randomBytes(32).toString('hex');
    setSetting(db, 'suppression.key', hex, now);
  }
  return Buffer.from(hex, 'hex');
};

const hashOf = (key: Buffer, email: string): string | undefined => {
  const k = emailKey(email);
  return k ? createHmac('sha256', key).update(k).digest('hex') : undefined;
};

export const suppressEmails = (db: Db, emails: string[], now: string): number => {
  const key = suppressionKey(db, now);
  const insert = db.prepare(`INSERT OR IGNORE INTO marketing_suppression (hash, added_at) VALUES (?, ?)`);
  let added = 0;
  for (const e of emails) {
    const h = hashOf(key, e);
    if (h) added += insert.run(h, now).changes;
  }
  return added;
};

export const isSuppressed = (db: Db, emails: string[], now: string): boolean => {
  if (emails.length === 0) return false;
  const key = suppressionKey(db, now);
  const find = db.prepare(`SELECT 1 FROM marketing_suppression WHERE hash = ?`).pluck();
  return emails.some((e) => {
    const h = hashOf(key, e);
    return h !== undefined && find.get(h) !== undefined;
  });
};
