import type { Language } from '../../../shared/cv/model';
import type { Db } from '../vault/database';

export interface CandidateRow {
  id: number;
  ref: string;
  name: string | null;
  language: Language;
  created_at: string;
  updated_at: string;
}

/** Reference codes (CV-2026-0042) are never reused, even after a candidate is erased. */
export const nextRef = (db: Db, year: number): string => {
  const last = db
    .prepare(
      `INSERT INTO ref_counters (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(year) as number;
  return `CV-${year}-${String(last).padStart(4, '0')}`;
};

export const insertCandidate = (
  db: Db,
  c: { ref: string; name: string | undefined; language: Language; now: string },
): number =>
  Number(
    db
      .prepare(`INSERT INTO candidates (ref, name, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
      .run(c.ref, c.name ?? null, c.language, c.now, c.now).lastInsertRowid,
  );

export const touchCandidate = (db: Db, id: number, now: string, language?: Language): void => {
  db.prepare(`UPDATE candidates SET updated_at = ?, language = coalesce(?, language) WHERE id = ?`).run(now, language ?? null, id);
};

export const getCandidateRow = (db: Db, id: number): CandidateRow | undefined =>
  db.prepare(`SELECT * FROM candidates WHERE id = ?`).get(id) as CandidateRow | undefined;

export interface CandidateListRow extends CandidateRow {
  versions: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const listCandidateRows = (
  db: Db,
  opts: { query?: string | undefined; limit: number; offset: number },
): { rows: CandidateListRow[]; total: number } => {
  const q = opts.query?.trim();
  const where = q
    ? `WHERE c.name LIKE @like ESCAPE '\\' OR c.ref LIKE @like ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM candidate_contacts k WHERE k.candidate_id = c.id AND k.value LIKE @like ESCAPE '\\')`
    : '';
  const params = { like: `%${escapeLike(q ?? '')}%`, limit: opts.limit, offset: opts.offset };
  const rows = db
    .prepare(
      `SELECT c.*, (SELECT count(*) FROM cv_versions v WHERE v.candidate_id = c.id) AS versions
       FROM candidates c ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as CandidateListRow[];
  const total = db.prepare(`SELECT count(*) FROM candidates c ${where}`).pluck().get(q ? { like: params.like } : {}) as number;
  return { rows, total };
};
