import { emailKey, phoneKey } from '../../../shared/candidates/contact-keys';
import type { Db } from '../vault/database';

const keysOf = (emails: string[], phones: string[]) => [
  ...emails.flatMap((e) => (emailKey(e) ? [['email', emailKey(e)] as const] : [])),
  ...phones.flatMap((p) => (phoneKey(p) ? [['phone', phoneKey(p)] as const] : [])),
];

export const addContactKeys = (db: Db, candidateId: number, emails: string[], phones: string[]): void => {
  const insert = db.prepare(`INSERT OR IGNORE INTO candidate_contacts (candidate_id, kind, value) VALUES (?, ?, ?)`);
  for (const [kind, value] of keysOf(emails, phones)) insert.run(candidateId, kind, value);
};

/** The oldest candidate sharing an e-mail or phone with these, if any. */
export const findCandidateByContacts = (db: Db, emails: string[], phones: string[]): number | undefined => {
  const find = db.prepare(`SELECT min(candidate_id) FROM candidate_contacts WHERE kind = ? AND value = ?`).pluck();
  const ids = keysOf(emails, phones)
    .map(([kind, value]) => find.get(kind, value) as number | null)
    .filter((id): id is number => id !== null);
  return ids.length ? Math.min(...ids) : undefined;
};

export const replaceContactKeys = (db: Db, candidateId: number, emails: string[], phones: string[]): void => {
  db.prepare(`DELETE FROM candidate_contacts WHERE candidate_id = ?`).run(candidateId);
  addContactKeys(db, candidateId, emails, phones);
};
