import { StructuredCv } from '../../../shared/cv/model';
import type { Language } from '../../../shared/cv/model';
import type { Db } from '../vault/database';

export interface CvVersionRow {
  id: number;
  candidate_id: number;
  document_id: number | null;
  version: number;
  schema_version: number;
  language: Language;
  cv: string;
  created_at: string;
  created_by: string;
}

export const insertCvVersion = (
  db: Db,
  v: { candidateId: number; documentId: number | undefined; cv: StructuredCv; now: string; by: string },
): number => {
  const version =
    ((db.prepare(`SELECT max(version) FROM cv_versions WHERE candidate_id = ?`).pluck().get(v.candidateId) as number | null) ?? 0) + 1;
  db.prepare(
    `INSERT INTO cv_versions (candidate_id, document_id, version, schema_version, language, cv, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.candidateId, v.documentId ?? null, version, v.cv.schemaVersion, v.cv.language, JSON.stringify(v.cv), v.now, v.by);
  return version;
};

/** The given version, or the latest when none is given. */
export const getCvVersionRow = (db: Db, candidateId: number, version?: number): CvVersionRow | undefined =>
  (version === undefined
    ? db.prepare(`SELECT * FROM cv_versions WHERE candidate_id = ? ORDER BY version DESC LIMIT 1`).get(candidateId)
    : db.prepare(`SELECT * FROM cv_versions WHERE candidate_id = ? AND version = ?`).get(candidateId, version)) as
    | CvVersionRow
    | undefined;

export const listCvVersionRows = (db: Db, candidateId: number): CvVersionRow[] =>
  db.prepare(`SELECT * FROM cv_versions WHERE candidate_id = ? ORDER BY version`).all(candidateId) as CvVersionRow[];

export const parseCv = (row: CvVersionRow): StructuredCv => StructuredCv.parse(JSON.parse(row.cv));

export const moveCvVersion = (db: Db, id: number, candidateId: number): void => {
  db.prepare(`UPDATE cv_versions SET candidate_id = ?, version = 1 WHERE id = ?`).run(candidateId, id);
};
