import type { AuditValue } from './chain';

/**
 * What the audit trail keeps of an API call: ids, reference codes, enum words and the names of the
 * fields given, never a value a person typed (names, notes, reasons, addresses, passphrases).
 */

/** Calls that write nothing worth proving, or that the core records itself inside its own transaction. */
// Lists that only count or schedule (queues, due dates) read no candidate's data; recording them
// would bury the entries that matter. Candidate views (candidates.get, consent.get…) are recorded.
const NOT_RECORDED = new Set([
  'vault.status', 'vault.lock', 'settings.get', 'clients.list', 'audit.verify', 'audit.list', 'rights.erase', 'retention.anonymise',
  'rights.list', 'retention.due', 'retention.policies', 'retention.autoErase', 'notice.due', 'templates.list',
]);

/** Keys whose values are identifiers: kept when they are integers. */
const ID_KEY = /^(id|version|[a-z]+Id|[a-z]+Ids)$/;
/** Keys whose values come from closed vocabularies (enums): kept when they look like one. */
const ENUM_KEYS = new Set(['purpose', 'basis', 'status', 'type', 'channel', 'method', 'mode', 'format', 'language', 'flag', 'action', 'situation', 'lift', 'objection']);
const ENUM_VALUE = /^[a-z][a-z0-9-]{0,39}$/;
const REF_VALUE = /^(CV|RQ)-\d{4}-\d{4,}$/;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

const pick = (obj: Record<string, unknown>): Record<string, AuditValue> => {
  const out: Record<string, AuditValue> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (ID_KEY.test(k)) {
      if (isInt(v)) out[k] = v;
      else if (Array.isArray(v) && v.every(isInt)) out[k] = v.slice(0, 100);
    } else if (ENUM_KEYS.has(k)) {
      if (typeof v === 'boolean') out[k] = v;
      else if (typeof v === 'string' && ENUM_VALUE.test(v)) out[k] = v;
    } else if ((k === 'ref' || k.endsWith('Ref')) && typeof v === 'string' && REF_VALUE.test(v)) out[k] = v;
  }
  return out;
};

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export interface CallAudit {
  action: string;
  candidateId?: number | undefined;
  /** A reference code the call itself returned (a new request, or a candidate just created). */
  subjectRef?: string | undefined;
  details: Record<string, AuditValue>;
}

export const shouldRecord = (call: string): boolean => !NOT_RECORDED.has(call);

export const callAudit = (call: string, input: unknown, output: unknown): CallAudit => {
  const i = asRecord(input) ?? {};
  const o = asRecord(output) ?? {};
  const fromInput = pick(i);
  const fromOutput = pick(o);
  const details: Record<string, AuditValue> = { ...fromInput };
  if (Object.keys(fromOutput).length) details.result = fromOutput;
  // Which fields changed is useful and never personal: the schema's own key names.
  const fields = Object.keys(i).filter((k) => k !== 'passphrase' && k !== 'current' && k !== 'next' && k !== 'data');
  if (fields.length) details.fields = fields.sort();
  const candidateId = [i.candidateId, o.candidateId, call.startsWith('candidates.') ? i.id : undefined].find(isInt);
  const ref = [o.candidateRef, o.ref].find((v): v is string => typeof v === 'string' && REF_VALUE.test(v));
  return { action: call, candidateId, subjectRef: ref, details };
};
