import type { Db } from '../vault/database';

/**
 * Which tables hold a candidate's data, read from the live schema so tables added by later
 * migrations are covered without a code change: the `candidates` table, every table with a
 * `candidate_id` column, and every table with a foreign key into one of those (transitively).
 * Erasure deletes from all of them; the access bundle exports all of them.
 */

/** Kept on purpose after erasure: none of them can lead back to the person. */
export const KEPT_AFTER_ERASURE: Readonly<Record<string, string>> = {
  audit_events: 'the proof of what was done: reference codes and ids only, no personal values',
  marketing_suppression: 'keyed hashes of opted-out e-mail addresses, so they are never mailed again',
  retention_stats: 'counts per year, language and source: no link to a person',
  ref_counters: 'the last reference number per year, so a reference is never reused',
  erasure_guard: 'empty outside an erase transaction',
  sqlite_sequence: 'the last id per table, so request references are never reused',
};

/** Tables about the firm, not about candidates. */
export const NOT_CANDIDATE_DATA: Readonly<Record<string, string>> = {
  vault_meta: 'vault id and creation time',
  settings: 'firm and consultant settings, retention policies, the suppression key',
  clients: 'the firm\'s clients',
  template_folders: 'paths of CV template folders',
};

export interface CandidateTable {
  name: string;
  /** SQL condition selecting this candidate's rows, with the candidate id bound as @cid. */
  where: string;
  /** Candidate tables this one references: those are deleted after it. */
  references: string[];
  blobColumns: string[];
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Ordinary and virtual tables; FTS shadow tables follow their virtual table. */
export const userTables = (db: Db): string[] =>
  (db.prepare(`PRAGMA table_list`).all() as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();

const columnsOf = (db: Db, table: string) =>
  db.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string; type: string; pk: number }[];

const primaryKeyOf = (db: Db, table: string): string => columnsOf(db, table).find((c) => c.pk === 1)?.name ?? 'rowid';

export const candidateTables = (db: Db): CandidateTable[] => {
  const names = userTables(db).filter((n) => !(n in KEPT_AFTER_ERASURE));
  const fks = new Map<string, ForeignKey[]>(names.map((n) => [n, db.prepare(`PRAGMA foreign_key_list(${q(n)})`).all() as ForeignKey[]]));
  const where = new Map<string, string>([['candidates', 'id = @cid']]);
  for (const n of names) if (n !== 'candidates' && columnsOf(db, n).some((c) => c.name === 'candidate_id')) where.set(n, 'candidate_id = @cid');
  // Tables linked only through another candidate table, to a fixpoint.
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of names) {
      if (where.has(n)) continue;
      const links = (fks.get(n) ?? []).filter((fk) => where.has(fk.table));
      if (!links.length) continue;
      where.set(
        n,
        links
          .map((fk) => `${q(fk.from)} IN (SELECT ${q(fk.to ?? primaryKeyOf(db, fk.table))} FROM ${q(fk.table)} WHERE ${where.get(fk.table)})`)
          .join(' OR '),
      );
      grew = true;
    }
  }
  return [...where.entries()].map(([name, w]) => ({
    name,
    where: w,
    references: [...new Set((fks.get(name) ?? []).map((fk) => fk.table).filter((t) => t !== name && where.has(t)))],
    blobColumns: columnsOf(db, name)
      .filter((c) => /BLOB/i.test(c.type))
      .map((c) => c.name),
  }));
};

/** Children before parents, so every row is removed by us and never by a cascade or SET NULL on an append-only log. */
export const deletionOrder = (tables: CandidateTable[]): CandidateTable[] => {
  const left = new Map(tables.map((t) => [t.name, t]));
  const out: CandidateTable[] = [];
  while (left.size) {
    const ready = [...left.values()].filter((t) => ![...left.values()].some((o) => o !== t && o.references.includes(t.name)));
    // A reference cycle cannot be ordered; take the rest in name order and let the transaction decide.
    const batch = ready.length ? ready : [...left.values()];
    for (const t of batch.sort((a, b) => a.name.localeCompare(b.name))) {
      out.push(t);
      left.delete(t.name);
    }
  }
  return out;
};

export const quoteIdent = q;
