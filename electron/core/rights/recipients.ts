import type { Db } from '../vault/database';
import { userTables } from './schema-scan';

export interface Recipient {
  clientId?: number | undefined;
  clientName: string;
  shares: number;
  lastSharedAt: string;
}

/** Art. 19: the clients who received this candidate's CV, to be told of an erasure, rectification or restriction. */
export const recipientsOf = (db: Db, candidateId: number): Recipient[] => {
  if (!userTables(db).includes('shares')) return [];
  const rows = db
    .prepare(
      `SELECT s.client_id AS clientId, coalesce(c.name, s.client_name, 'unnamed client') AS clientName,
              count(*) AS shares, max(s.at) AS lastSharedAt
       FROM shares s LEFT JOIN clients c ON c.id = s.client_id
       WHERE s.candidate_id = ? GROUP BY s.client_id, coalesce(c.name, s.client_name) ORDER BY lastSharedAt DESC`,
    )
    .all(candidateId) as { clientId: number | null; clientName: string; shares: number; lastSharedAt: string }[];
  return rows.map((r) => ({ ...(r.clientId !== null ? { clientId: r.clientId } : {}), clientName: r.clientName, shares: r.shares, lastSharedAt: r.lastSharedAt }));
};
