import type { CandidateDetail, CandidateSummary, ExtractedText } from '../../../shared/candidates/candidate';
import { CoreError } from '../errors';
import { getCandidateRow, listCandidateRows, type CandidateRow } from '../repositories/candidates';
import { getCvVersionRow, listCvVersionRows, parseCv } from '../repositories/cv-versions';
import { getDocumentRow, getExtractedJson } from '../repositories/documents';
import { listSources } from '../repositories/sources';
import type { Db } from '../vault/database';

const notFound = () => new CoreError('CANDIDATE_NOT_FOUND', 'There is no such candidate (or CV version) in this vault.');

export const requireCandidate = (db: Db, id: number): CandidateRow => {
  const row = getCandidateRow(db, id);
  if (!row) throw notFound();
  return row;
};

const strip = <T extends { documentId?: number | undefined }>(s: T): Omit<T, 'documentId'> => {
  const { documentId: _d, ...rest } = s;
  return rest;
};

export const listCandidates = (
  db: Db,
  opts: { query?: string | undefined; limit: number; offset: number },
): { items: CandidateSummary[]; total: number } => {
  const { rows, total } = listCandidateRows(db, opts);
  const items = rows.map((r): CandidateSummary => {
    const first = listSources(db, r.id)[0];
    return {
      id: r.id,
      ref: r.ref,
      ...(r.name ? { name: r.name } : {}),
      language: r.language,
      ...(first ? { source: strip(first) } : {}),
      importedAt: r.created_at,
      versions: r.versions,
    };
  });
  return { items, total };
};

export const getCandidateDetail = (db: Db, id: number, version?: number): CandidateDetail => {
  const row = requireCandidate(db, id);
  const current = getCvVersionRow(db, id, version);
  if (!current) throw notFound();
  const cv = parseCv(current);
  const sources = listSources(db, id);
  const versions = listCvVersionRows(db, id).map((v) => {
    const doc = v.document_id ? getDocumentRow(db, v.document_id) : undefined;
    const src = sources.find((s) => s.documentId !== undefined && s.documentId === v.document_id);
    return {
      version: v.version,
      ...(doc
        ? { documentId: doc.id, fileName: doc.file_name, format: doc.format, sha256: doc.sha256, pageCount: doc.page_count }
        : {}),
      createdAt: v.created_at,
      ...(src ? { source: strip(src) } : {}),
    };
  });
  const first = sources[0];
  return {
    id: row.id,
    ref: row.ref,
    ...(row.name ? { name: row.name } : {}),
    language: row.language,
    ...(first ? { source: strip(first) } : {}),
    sources: sources.map(strip),
    contact: cv.contact,
    hasPhoto: cv.hasPhoto,
    version: current.version,
    versions,
    cv,
    importedAt: row.created_at,
  };
};

export const getExtractedText = (db: Db, id: number, version?: number): ExtractedText => {
  requireCandidate(db, id);
  const v = getCvVersionRow(db, id, version);
  const doc = v?.document_id ? getDocumentRow(db, v.document_id) : undefined;
  const json = doc ? getExtractedJson(db, doc.id) : undefined;
  if (!doc || !json) throw notFound();
  return {
    documentId: doc.id,
    fileName: doc.file_name,
    format: doc.format,
    pageCount: doc.page_count,
    lines: JSON.parse(json) as ExtractedText['lines'],
  };
};
