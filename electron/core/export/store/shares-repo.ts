import type { ExportFormat, Share } from '../../../../shared/export/shares';
import type { ExportLanguage, ExportMode } from '../../../../shared/export/model';
import type { Db } from '../../vault/database';

interface ShareRow {
  id: number;
  candidate_id: number;
  ref: string;
  cv_version: number;
  client_id: number | null;
  client_name: string | null;
  template_id: string;
  template_name: string;
  mode: ExportMode;
  language: ExportLanguage;
  format: ExportFormat;
  consultant: string;
  at: string;
  file_name: string;
  sha256: string;
  size: number;
}

const fromRow = (r: ShareRow): Share => ({
  id: r.id,
  candidateId: r.candidate_id,
  ref: r.ref,
  ...(r.client_id !== null ? { clientId: r.client_id } : {}),
  ...(r.client_name !== null ? { clientName: r.client_name } : {}),
  templateId: r.template_id,
  templateName: r.template_name,
  mode: r.mode,
  language: r.language,
  format: r.format,
  consultant: r.consultant,
  at: r.at,
  fileName: r.file_name,
  sha256: r.sha256,
  size: r.size,
  cvVersion: r.cv_version,
});

export type NewShare = Omit<Share, 'id'>;

export const insertShare = (db: Db, s: NewShare): number =>
  Number(
    db
      .prepare(
        `INSERT INTO shares (candidate_id, ref, cv_version, client_id, client_name, template_id, template_name, mode, language, format, consultant, at, file_name, sha256, size)
         VALUES (@candidateId, @ref, @cvVersion, @clientId, @clientName, @templateId, @templateName, @mode, @language, @format, @consultant, @at, @fileName, @sha256, @size)`,
      )
      .run({ ...s, clientId: s.clientId ?? null, clientName: s.clientName ?? null }).lastInsertRowid,
  );

/** Newest first; one candidate's or the whole firm's. */
export const listShares = (db: Db, candidateId?: number): Share[] =>
  (candidateId === undefined
    ? db.prepare(`SELECT * FROM shares ORDER BY at DESC, id DESC`).all()
    : db.prepare(`SELECT * FROM shares WHERE candidate_id = ? ORDER BY at DESC, id DESC`).all(candidateId)
  ).map((r) => fromRow(r as ShareRow));
