import { z } from 'zod';
import type { ConsentEvent } from '../../../shared/consent/types';
import type { Db } from '../vault/database';

interface ConsentEventRow {
  id: number;
  purpose: ConsentEvent['purpose'];
  basis: ConsentEvent['basis'];
  status: ConsentEvent['status'];
  method: ConsentEvent['method'] | null;
  note: string | null;
  evidence_file_name: string | null;
  client_ids: string;
  expires_on: string | null;
  consultant: string;
  at: string;
  by_default: 0 | 1;
}

const fromRow = (r: ConsentEventRow): ConsentEvent => ({
  id: r.id,
  purpose: r.purpose,
  basis: r.basis,
  status: r.status,
  ...(r.method ? { method: r.method } : {}),
  ...(r.note ? { note: r.note } : {}),
  ...(r.evidence_file_name ? { evidenceFileName: r.evidence_file_name } : {}),
  clientIds: z.array(z.number()).parse(JSON.parse(r.client_ids)),
  ...(r.expires_on ? { expiresOn: r.expires_on } : {}),
  consultant: r.consultant,
  at: r.at,
  byDefault: r.by_default === 1,
});

export type NewConsentEvent = Omit<ConsentEvent, 'id' | 'evidenceFileName'> & { evidenceId?: number | undefined };

export const appendConsentEvent = (db: Db, candidateId: number, e: NewConsentEvent): number =>
  Number(
    db
      .prepare(
        `INSERT INTO consent_events (candidate_id, purpose, basis, status, method, note, evidence_id, client_ids, expires_on, consultant, at, by_default)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        candidateId,
        e.purpose,
        e.basis,
        e.status,
        e.method ?? null,
        e.note ?? null,
        e.evidenceId ?? null,
        JSON.stringify(e.clientIds),
        e.expiresOn ?? null,
        e.consultant,
        e.at,
        e.byDefault ? 1 : 0,
      ).lastInsertRowid,
  );

/** Oldest first: the history as it happened. */
export const listConsentEvents = (db: Db, candidateId: number): ConsentEvent[] =>
  (
    db
      .prepare(
        `SELECT e.*, v.file_name AS evidence_file_name FROM consent_events e
         LEFT JOIN consent_evidence v ON v.id = e.evidence_id
         WHERE e.candidate_id = ? ORDER BY e.at, e.id`,
      )
      .all(candidateId) as ConsentEventRow[]
  ).map(fromRow);

export const insertEvidence = (db: Db, candidateId: number, e: { fileName: string; sha256: string; bytes: Uint8Array; now: string }): number =>
  Number(
    db
      .prepare(`INSERT INTO consent_evidence (candidate_id, file_name, sha256, bytes, added_at) VALUES (?, ?, ?, ?, ?)`)
      .run(candidateId, e.fileName, e.sha256, Buffer.from(e.bytes), e.now).lastInsertRowid,
  );
