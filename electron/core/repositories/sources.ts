import type { Source, SourceKind } from '../../../shared/candidates/source';
import type { Db } from '../vault/database';

interface SourceRow {
  id: number;
  candidate_id: number;
  document_id: number | null;
  kind: SourceKind;
  detail: string | null;
  received_on: string;
  consultant: string;
  recorded_at: string;
}

const fromRow = (r: SourceRow): Source => ({
  kind: r.kind,
  ...(r.detail ? { detail: r.detail } : {}),
  receivedOn: r.received_on,
  consultant: r.consultant,
  recordedAt: r.recorded_at,
});

export const insertSource = (db: Db, candidateId: number, documentId: number, s: Source): void => {
  db.prepare(
    `INSERT INTO sources (candidate_id, document_id, kind, detail, received_on, consultant, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(candidateId, documentId, s.kind, s.detail ?? null, s.receivedOn, s.consultant, s.recordedAt);
};

/** Oldest first: the first is how the candidate first reached the firm. */
export const listSources = (db: Db, candidateId: number): (Source & { documentId: number | undefined })[] =>
  (db.prepare(`SELECT * FROM sources WHERE candidate_id = ? ORDER BY recorded_at, id`).all(candidateId) as SourceRow[]).map(
    (r) => ({ ...fromRow(r), documentId: r.document_id ?? undefined }),
  );

export const moveSources = (db: Db, documentId: number, candidateId: number): void => {
  db.prepare(`UPDATE sources SET candidate_id = ? WHERE document_id = ?`).run(candidateId, documentId);
};
