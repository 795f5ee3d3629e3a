import type { Migration } from './types';

/**
 * Candidates and their CVs. Originals are kept as BLOBs inside the encrypted vault; the structured
 * CV is versioned (a new file for a known candidate becomes a new version, never an overwrite).
 */
export const m002Candidates: Migration = {
  version: 2,
  name: 'candidates, documents, CV versions, sources',
  up: (db) => {
    db.exec(`
      CREATE TABLE ref_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE candidates (
        id         INTEGER PRIMARY KEY,
        ref        TEXT NOT NULL UNIQUE,
        name       TEXT,
        language   TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        file_name    TEXT NOT NULL,
        format       TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
        sha256       TEXT NOT NULL UNIQUE,
        size         INTEGER NOT NULL,
        bytes        BLOB NOT NULL,
        page_count   INTEGER NOT NULL,
        has_photo    INTEGER NOT NULL CHECK (has_photo IN (0, 1)),
        extracted    TEXT NOT NULL,
        imported_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_candidate ON documents(candidate_id);

      CREATE TABLE cv_versions (
        id             INTEGER PRIMARY KEY,
        candidate_id   INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        document_id    INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        version        INTEGER NOT NULL,
        schema_version INTEGER NOT NULL,
        language       TEXT NOT NULL,
        cv             TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        UNIQUE (candidate_id, version)
      ) STRICT;

      CREATE TABLE sources (
        id           INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        document_id  INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL,
        detail       TEXT,
        received_on  TEXT NOT NULL,
        consultant   TEXT NOT NULL,
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sources_candidate ON sources(candidate_id);

      -- Normalised e-mails and phones, to recognise a known candidate in a new CV.
      CREATE TABLE candidate_contacts (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
        value        TEXT NOT NULL,
        PRIMARY KEY (candidate_id, kind, value)
      ) STRICT;
      CREATE INDEX candidate_contacts_value ON candidate_contacts(kind, value);
    `);
  },
};
