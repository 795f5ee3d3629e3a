import type { CandidateDetail, CandidateFilter, CandidateSummary, ExtractedText } from '../../../shared/candidates/candidate';
import { derivePurpose } from '../../../shared/consent/derive';
import { decideSharing } from '../../../shared/consent/gate';
import { isoDate } from '../../../shared/dates';
import { noticeOf } from '../consent/overview';
import { listConsentEvents } from '../repositories/consent-events';
import { activeFlags } from '../repositories/processing-flags';
import { candidateNotFound, requireCandidate } from './require';
import { listCandidateRows } from '../repositories/candidates';
import { getCvVersionRow, listCvVersionRows, parseCv } from '../repositories/cv-versions';
import { getDocumentRow, getExtractedJson } from '../repositories/documents';
import { listSources } from '../repositories/sources';
import type { Db } from '../vault/database';


const strip = <T extends { documentId?: number | undefined }>(s: T): Omit<T, 'documentId'> => {
  const { documentId: _d, ...rest } = s;
  return rest;
};

const matches = (c: CandidateSummary, kinds: readonly string[], f: CandidateFilter | undefined): boolean =>
  !f ||
  ((f.consent === undefined || c.consent === f.consent) &&
    (f.shareable === undefined || c.shareable === f.shareable) &&
    (f.noticeDue === undefined || (c.notice === 'due' || c.notice === 'overdue') === f.noticeDue) &&
    (f.sourceKind === undefined || kinds.includes(f.sourceKind)));

/** Filters on derived consent state are applied after deriving it; a vault holds thousands, not millions. */
export const listCandidates = (
  db: Db,
  opts: { query?: string | undefined; filter?: CandidateFilter | undefined; limit: number; offset: number },
  now: Date = new Date(),
): { items: CandidateSummary[]; total: number } => {
  const today = isoDate(now);
  const { rows } = listCandidateRows(db, { query: opts.query, limit: -1, offset: 0 });
  const all = rows.map((r): { summary: CandidateSummary; kinds: string[] } => {
    const sources = listSources(db, r.id);
    const first = sources[0];
    const sharing = derivePurpose(listConsentEvents(db, r.id), 'client-sharing', today);
    const notice = noticeOf(db, r.id, today);
    const gate = decideSharing({ clientSharing: sharing, notice, ...activeFlags(db, r.id) });
    const summary: CandidateSummary = {
      id: r.id,
      ref: r.ref,
      ...(r.name ? { name: r.name } : {}),
      language: r.language,
      ...(first ? { source: strip(first) } : {}),
      importedAt: r.created_at,
      versions: r.versions,
      consent: sharing.status,
      shareable: gate.allowed,
      notice: notice.status,
    };
    return { summary, kinds: sources.map((s) => s.kind) };
  });
  const filtered = all.filter((c) => matches(c.summary, c.kinds, opts.filter)).map((c) => c.summary);
  return { items: filtered.slice(opts.offset, opts.offset + opts.limit), total: filtered.length };
};

export const getCandidateDetail = (db: Db, id: number, version?: number): CandidateDetail => {
  const row = requireCandidate(db, id);
  const current = getCvVersionRow(db, id, version);
  if (!current) throw candidateNotFound();
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
  if (!doc || !json) throw candidateNotFound();
  return {
    documentId: doc.id,
    fileName: doc.file_name,
    format: doc.format,
    pageCount: doc.page_count,
    lines: JSON.parse(json) as ExtractedText['lines'],
  };
};
