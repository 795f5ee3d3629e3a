import type { Migration } from './types';

/**
 * The share log (every company CV that left the vault: to whom, in which form, as which file) and
 * the template folders a firm added. The log is append-only: updates are refused by trigger; rows
 * go only with the candidate (erasure), as the other logs do.
 */
export const m005Export: Migration = {
  version: 5,
  name: 'share log, template folders',
  up: (db) => {
    db.exec(`
      CREATE TABLE shares (
        id            INTEGER PRIMARY KEY,
        candidate_id  INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        ref           TEXT NOT NULL,
        cv_version    INTEGER NOT NULL,
        client_id     INTEGER REFERENCES clients(id) ON DELETE RESTRICT,
        client_name   TEXT,
        template_id   TEXT NOT NULL,
        template_name TEXT NOT NULL,
        mode          TEXT NOT NULL CHECK (mode IN ('blind', 'named')),
        language      TEXT NOT NULL CHECK (language IN ('nl', 'fr', 'en', 'de')),
        format        TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
        consultant    TEXT NOT NULL,
        at            TEXT NOT NULL,
        file_name     TEXT NOT NULL,
        sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
        size          INTEGER NOT NULL CHECK (size >= 0)
      ) STRICT;
      CREATE INDEX shares_candidate ON shares(candidate_id, at);
      CREATE INDEX shares_at ON shares(at);
      CREATE TRIGGER shares_append_only BEFORE UPDATE ON shares
        BEGIN SELECT RAISE(ABORT, 'shares is append-only'); END;

      CREATE TABLE template_folders (
        id       INTEGER PRIMARY KEY,
        path     TEXT NOT NULL UNIQUE,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
