import type { Migration } from './types';

/**
 * Consent, Art. 14 notices, restriction/objection flags, clients and the marketing suppression
 * list. Logs are append-only (updates refused by trigger); rows go only when a candidate is erased.
 * The suppression list holds keyed hashes with no link to a candidate, so it outlives erasure.
 */
export const m003Consent: Migration = {
  version: 3,
  name: 'consent log, notices, processing flags, clients, marketing suppression',
  up: (db) => {
    db.exec(`
      CREATE TABLE clients (
        id                 INTEGER PRIMARY KEY,
        name               TEXT NOT NULL,
        name_key           TEXT NOT NULL UNIQUE,
        contact_person     TEXT,
        country            TEXT NOT NULL,
        transfer_safeguard TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;

      CREATE TABLE consent_evidence (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        file_name    TEXT NOT NULL,
        sha256       TEXT NOT NULL,
        bytes        BLOB NOT NULL,
        added_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE consent_events (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        purpose      TEXT NOT NULL CHECK (purpose IN ('client-sharing', 'talent-pool', 'marketing', 'sensitive')),
        basis        TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('not-asked', 'requested', 'given', 'refused', 'withdrawn')),
        method       TEXT,
        note         TEXT,
        evidence_id  INTEGER REFERENCES consent_evidence(id) ON DELETE SET NULL,
        client_ids   TEXT NOT NULL DEFAULT '[]',
        expires_on   TEXT,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL,
        by_default   INTEGER NOT NULL DEFAULT 0 CHECK (by_default IN (0, 1))
      ) STRICT;
      CREATE INDEX consent_events_candidate ON consent_events(candidate_id, purpose, at);
      CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
        BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;

      CREATE TABLE notice_events (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('informed', 'first-contact')),
        on_date      TEXT NOT NULL,
        method       TEXT,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notice_events_candidate ON notice_events(candidate_id);
      CREATE TRIGGER notice_events_append_only BEFORE UPDATE ON notice_events
        BEGIN SELECT RAISE(ABORT, 'notice_events is append-only'); END;

      CREATE TABLE processing_flags (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        flag         TEXT NOT NULL CHECK (flag IN ('restriction', 'objection')),
        action       TEXT NOT NULL CHECK (action IN ('set', 'lift')),
        reason       TEXT,
        consultant   TEXT NOT NULL,
        at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX processing_flags_candidate ON processing_flags(candidate_id);
      CREATE TRIGGER processing_flags_append_only BEFORE UPDATE ON processing_flags
        BEGIN SELECT RAISE(ABORT, 'processing_flags is append-only'); END;

      CREATE TABLE marketing_suppression (
        hash     TEXT PRIMARY KEY,
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
