import type { Migration } from './types';

/**
 * Rights requests, retention decisions and statistics, the erasure guard and the audit trail.
 *
 * - `erasure_guard` holds a candidate id only inside the erase transaction: append-only logs
 *   refuse deletes unless their candidate is listed there, which makes erasure the one sanctioned
 *   way to remove their rows (tables added later can use the same WHEN clause).
 * - `retention_stats` keeps counts only (no candidate link) so anonymisation keeps statistics.
 * - `audit_events` is append-only for good and has no candidate column: it outlives erasure and
 *   names candidates by reference code only. Each row is hash-chained to the previous one.
 */
export const m006Rights: Migration = {
  version: 6,
  name: 'rights requests, retention, erasure guard, audit trail',
  up: (db) => {
    db.exec(`
      CREATE TABLE erasure_guard (
        candidate_id INTEGER PRIMARY KEY
      ) STRICT;

      -- AUTOINCREMENT: the reference (RQ-year-id) must never be reused after an erasure.
      CREATE TABLE rights_requests (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        ref              TEXT NOT NULL UNIQUE,
        candidate_id     INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        type             TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdrawal')),
        channel          TEXT NOT NULL,
        received_on      TEXT NOT NULL,
        due_on           TEXT NOT NULL,
        extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
        extension_reason TEXT,
        extended_on      TEXT,
        verified_method  TEXT,
        verified_by      TEXT,
        verified_at      TEXT,
        status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_on        TEXT,
        closed_by        TEXT,
        outcome          TEXT,
        recorded_by      TEXT NOT NULL,
        recorded_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rights_requests_due ON rights_requests(status, due_on);
      CREATE INDEX rights_requests_candidate ON rights_requests(candidate_id);

      CREATE TABLE retention_decisions (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('extend', 'placed')),
        on_date      TEXT NOT NULL,
        reason       TEXT,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX retention_decisions_candidate ON retention_decisions(candidate_id, kind);
      CREATE TRIGGER retention_decisions_append_only BEFORE UPDATE ON retention_decisions
        BEGIN SELECT RAISE(ABORT, 'retention_decisions is append-only'); END;
      CREATE TRIGGER retention_decisions_erase_only BEFORE DELETE ON retention_decisions
        WHEN NOT EXISTS (SELECT 1 FROM erasure_guard WHERE candidate_id = OLD.candidate_id)
        BEGIN SELECT RAISE(ABORT, 'retention_decisions rows go only with an erasure'); END;

      CREATE TABLE retention_stats (
        year        INTEGER NOT NULL,
        language    TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('anonymised', 'erased')),
        count       INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (year, language, source_kind, outcome)
      ) STRICT;

      CREATE TABLE audit_events (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        subject_ref TEXT,
        details     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash        TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX audit_events_at ON audit_events(at);
      CREATE INDEX audit_events_subject ON audit_events(subject_ref);
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
    `);
  },
};
