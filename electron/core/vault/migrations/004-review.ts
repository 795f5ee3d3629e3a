import type { Migration } from './types';

/**
 * Review and redaction plan. Detections are stored per CV version (recomputed when the detector
 * version changes); decisions are keyed by a fingerprint of kind, type and normalised text, so
 * they survive re-detection and new CV versions. "Mark reviewed" is an append-only log.
 */
export const m004Review: Migration = {
  version: 4,
  name: 'review: detections, decisions, manual terms, review marks',
  up: (db) => {
    db.exec(`
      CREATE TABLE review_detections (
        cv_version_id    INTEGER PRIMARY KEY REFERENCES cv_versions(id) ON DELETE CASCADE,
        candidate_id     INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        detector_version INTEGER NOT NULL,
        detections       TEXT NOT NULL,
        created_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_detections_candidate ON review_detections(candidate_id);

      CREATE TABLE review_decisions (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        fingerprint  TEXT NOT NULL,
        decision     TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
        kind         TEXT NOT NULL CHECK (kind IN ('identifier', 'special', 'manual')),
        type         TEXT NOT NULL,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL,
        PRIMARY KEY (candidate_id, fingerprint)
      ) STRICT;

      CREATE TABLE review_terms (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        text         TEXT NOT NULL,
        text_key     TEXT NOT NULL,
        always       INTEGER NOT NULL CHECK (always IN (0, 1)),
        cv_version   INTEGER NOT NULL,
        path         TEXT,
        start        INTEGER,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX review_terms_key ON review_terms(candidate_id, text_key, cv_version, ifnull(path, ''), ifnull(start, -1));

      CREATE TABLE review_marks (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        cv_version   INTEGER NOT NULL,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_marks_candidate ON review_marks(candidate_id, at);
      CREATE TRIGGER review_marks_append_only BEFORE UPDATE ON review_marks
        BEGIN SELECT RAISE(ABORT, 'review_marks is append-only'); END;
    `);
  },
};
