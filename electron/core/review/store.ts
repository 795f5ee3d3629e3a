import type { Decision, ItemKind, StoredDecision, StoredTerm } from '../../../shared/detect/plan-types';
import type { Db } from '../vault/database';

/** SQL of the review tables (migration 004): one small function per statement. */

export const getStoredDetections = (db: Db, cvVersionId: number): { detectorVersion: number; json: string } | undefined => {
  const row = db.prepare(`SELECT detector_version, detections FROM review_detections WHERE cv_version_id = ?`).get(cvVersionId) as
    | { detector_version: number; detections: string }
    | undefined;
  return row ? { detectorVersion: row.detector_version, json: row.detections } : undefined;
};

export const putStoredDetections = (db: Db, v: { cvVersionId: number; candidateId: number; detectorVersion: number; json: string; now: string }): void => {
  db.prepare(
    `INSERT INTO review_detections (cv_version_id, candidate_id, detector_version, detections, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (cv_version_id) DO UPDATE SET detector_version = excluded.detector_version, detections = excluded.detections, created_at = excluded.created_at`,
  ).run(v.cvVersionId, v.candidateId, v.detectorVersion, v.json, v.now);
};

export const listDecisions = (db: Db, candidateId: number): StoredDecision[] =>
  (db.prepare(`SELECT fingerprint, decision, consultant, at FROM review_decisions WHERE candidate_id = ? ORDER BY at, fingerprint`).all(candidateId) as {
    fingerprint: string;
    decision: Decision;
    consultant: string;
    at: string;
  }[]).map((r) => ({ fingerprint: r.fingerprint, decision: r.decision, consultant: r.consultant, at: r.at }));

export const putDecision = (
  db: Db,
  d: { candidateId: number; fingerprint: string; decision: Decision; kind: ItemKind; type: string; consultant: string; at: string },
): void => {
  db.prepare(
    `INSERT INTO review_decisions (candidate_id, fingerprint, decision, kind, type, consultant, at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (candidate_id, fingerprint) DO UPDATE SET decision = excluded.decision, consultant = excluded.consultant, at = excluded.at`,
  ).run(d.candidateId, d.fingerprint, d.decision, d.kind, d.type, d.consultant, d.at);
};

export const deleteDecision = (db: Db, candidateId: number, fingerprint: string): void => {
  db.prepare(`DELETE FROM review_decisions WHERE candidate_id = ? AND fingerprint = ?`).run(candidateId, fingerprint);
};

interface TermRow {
  id: number;
  text: string;
  always: number;
  cv_version: number;
  path: string | null;
  start: number | null;
  consultant: string;
  at: string;
}

export const listTerms = (db: Db, candidateId: number): StoredTerm[] =>
  (db.prepare(`SELECT id, text, always, cv_version, path, start, consultant, at FROM review_terms WHERE candidate_id = ? ORDER BY id`).all(candidateId) as TermRow[]).map(
    (r) => ({
      id: r.id,
      text: r.text,
      always: r.always === 1,
      cvVersion: r.cv_version,
      ...(r.path !== null ? { path: r.path } : {}),
      ...(r.start !== null ? { start: r.start } : {}),
      consultant: r.consultant,
      at: r.at,
    }),
  );

export const putTerm = (
  db: Db,
  t: { candidateId: number; text: string; textKey: string; always: boolean; cvVersion: number; path?: string; start?: number; consultant: string; at: string },
): void => {
  db.prepare(
    `INSERT INTO review_terms (candidate_id, text, text_key, always, cv_version, path, start, consultant, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (candidate_id, text_key, cv_version, ifnull(path, ''), ifnull(start, -1))
     DO UPDATE SET text = excluded.text, always = max(always, excluded.always), consultant = excluded.consultant, at = excluded.at`,
  ).run(t.candidateId, t.text, t.textKey, t.always ? 1 : 0, t.cvVersion, t.path ?? null, t.start ?? null, t.consultant, t.at);
};

export const deleteTerm = (db: Db, candidateId: number, termId: number): boolean =>
  db.prepare(`DELETE FROM review_terms WHERE candidate_id = ? AND id = ?`).run(candidateId, termId).changes > 0;

export const addMark = (db: Db, m: { candidateId: number; cvVersion: number; consultant: string; at: string }): void => {
  db.prepare(`INSERT INTO review_marks (candidate_id, cv_version, consultant, at) VALUES (?, ?, ?, ?)`).run(m.candidateId, m.cvVersion, m.consultant, m.at);
};

export const latestMark = (db: Db, candidateId: number): { by: string; at: string; version: number } | undefined => {
  const row = db.prepare(`SELECT cv_version, consultant, at FROM review_marks WHERE candidate_id = ? ORDER BY at DESC, id DESC LIMIT 1`).get(candidateId) as
    | { cv_version: number; consultant: string; at: string }
    | undefined;
  return row ? { by: row.consultant, at: row.at, version: row.cv_version } : undefined;
};
