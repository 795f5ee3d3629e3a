import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditValue = string | number | boolean | null | AuditValue[] | { [k: string]: AuditValue };

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subjectRef: string | null;
  details: Record<string, AuditValue>;
}

/** JSON with keys sorted at every level, so the same entry always hashes the same. */
export const canonicalJson = (v: AuditValue): string => {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k] as AuditValue)}`)
      .join(',')}}`;
  return JSON.stringify(v);
};

/** sha256 over the previous hash and the canonical entry: changing, removing or reordering any row breaks every later link. */
export const entryHash = (prevHash: string, e: AuditEntry): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ id: e.id, at: e.at, actor: e.actor, action: e.action, subjectRef: e.subjectRef, details: e.details }))
    .digest('hex');
