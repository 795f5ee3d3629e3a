import type { Db } from '../../vault/database';
import { candidateTables, quoteIdent } from '../schema-scan';

export type CellValue = string | number | null | unknown[] | Record<string, unknown> | { file: string; sha256: string; size: number };

export interface BlobFile {
  path: string;
  table: string;
  column: string;
  rowId: number | string;
  fileName: string;
  bytes: Buffer;
}

export interface CollectedTable {
  columns: string[];
  rows: Record<string, CellValue>[];
}

export interface Collected {
  tables: Record<string, CollectedTable>;
  files: BlobFile[];
}

/** A file name safe on every OS, keeping the original's readable part and extension. */
const safeName = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go from a file name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^\.+/, '')
    .slice(-120) || 'file';

/** Text that holds JSON (structured CVs, id lists) is embedded as JSON, so the bundle stays machine-readable. */
const cell = (v: unknown): CellValue => {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && /^[[{]/.test(v)) {
    try {
      return JSON.parse(v) as CellValue;
    } catch {
      return v;
    }
  }
  return v as CellValue;
};

/**
 * Every row of this candidate in every table that holds candidate data (the same schema scan the
 * erasure uses, so the two can never cover different tables). BLOB cells become files.
 */
export const collectCandidateData = (db: Db, candidateId: number, sha256: (b: Buffer) => string): Collected => {
  const tables: Record<string, CollectedTable> = {};
  const files: BlobFile[] = [];
  for (const t of candidateTables(db)) {
    const stmt = db.prepare(`SELECT rowid AS __rowid, * FROM ${quoteIdent(t.name)} WHERE ${t.where} ORDER BY rowid`);
    const columns = stmt.columns().map((c) => c.name).filter((c) => c !== '__rowid');
    const rows = (stmt.all({ cid: candidateId }) as Record<string, unknown>[]).map((raw) => {
      const rowId = (raw.id as number | undefined) ?? (raw.__rowid as number);
      const row: Record<string, CellValue> = {};
      for (const c of columns) {
        const v = raw[c];
        if (Buffer.isBuffer(v) && t.blobColumns.includes(c)) {
          const original = typeof raw.file_name === 'string' ? raw.file_name : `${c}.bin`;
          const path = `files/${t.name}-${rowId}-${safeName(original)}`;
          files.push({ path, table: t.name, column: c, rowId, fileName: original, bytes: v });
          row[c] = { file: path, sha256: sha256(v), size: v.length };
        } else row[c] = cell(v);
      }
      return row;
    });
    tables[t.name] = { columns, rows };
  }
  return { tables, files };
};
