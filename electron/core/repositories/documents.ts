import type { Db } from '../vault/database';

export interface DocumentRow {
  id: number;
  candidate_id: number;
  file_name: string;
  format: 'pdf' | 'docx';
  sha256: string;
  size: number;
  page_count: number;
  has_photo: 0 | 1;
  imported_at: string;
}

const COLUMNS = 'id, candidate_id, file_name, format, sha256, size, page_count, has_photo, imported_at';

export interface NewDocument {
  candidateId: number;
  fileName: string;
  format: 'pdf' | 'docx';
  sha256: string;
  bytes: Uint8Array;
  pageCount: number;
  hasPhoto: boolean;
  /** JSON of the extracted lines, for the side-by-side view. */
  extracted: string;
  now: string;
}

export const insertDocument = (db: Db, d: NewDocument): number =>
  Number(
    db
      .prepare(
        `INSERT INTO documents (candidate_id, file_name, format, sha256, size, bytes, page_count, has_photo, extracted, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(d.candidateId, d.fileName, d.format, d.sha256, d.bytes.length, Buffer.from(d.bytes), d.pageCount, d.hasPhoto ? 1 : 0, d.extracted, d.now)
      .lastInsertRowid,
  );

export const findDocumentBySha = (db: Db, sha256: string): DocumentRow | undefined =>
  db.prepare(`SELECT ${COLUMNS} FROM documents WHERE sha256 = ?`).get(sha256) as DocumentRow | undefined;

export const getDocumentRow = (db: Db, id: number): DocumentRow | undefined =>
  db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;

export const getExtractedJson = (db: Db, id: number): string | undefined =>
  db.prepare(`SELECT extracted FROM documents WHERE id = ?`).pluck().get(id) as string | undefined;

export const moveDocument = (db: Db, id: number, candidateId: number): void => {
  db.prepare(`UPDATE documents SET candidate_id = ? WHERE id = ?`).run(candidateId, id);
};
