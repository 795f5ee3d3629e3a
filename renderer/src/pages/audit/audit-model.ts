import { addDays } from '../../../../shared/dates';

/** Action groups the Audit screen filters on (each is an action prefix: `group.`), in the order a consultant thinks of them. */
export const AUDIT_GROUPS = [
  'vault',
  'candidates',
  'candidate',
  'review',
  'consent',
  'notice',
  'sharing',
  'export',
  'shares',
  'clients',
  'rights',
  'retention',
  'settings',
  'templates',
] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

export interface AuditFilterDraft {
  readonly group: string;
  readonly subjectRef: string;
  readonly from: string;
  readonly to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterDraft = { group: '', subjectRef: '', from: '', to: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit.list input: an unknown group is ignored, the reference is upper-cased, and the "to"
 * day is included (the core's bound is exclusive).
 */
export const toAuditQuery = (
  d: AuditFilterDraft,
  page: { limit: number; offset: number },
): { action?: string; subjectRef?: string; from?: string; to?: string; limit: number; offset: number } => {
  const group = AUDIT_GROUPS.find((g) => g === d.group);
  const ref = d.subjectRef.trim().toUpperCase().slice(0, 40);
  return {
    ...(group ? { action: `${group}.` } : {}),
    ...(ref ? { subjectRef: ref } : {}),
    ...(DATE.test(d.from) ? { from: d.from } : {}),
    ...(DATE.test(d.to) ? { to: addDays(d.to, 1) } : {}),
    limit: page.limit,
    offset: page.offset,
  };
};

const isPlain = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * An entry's details as short "key: value" lines: nested objects flattened to dotted keys, lists
 * of plain values joined, anything deeper as compact JSON.
 */
export const describeDetails = (details: Readonly<Record<string, unknown>>, prefix = ''): string[] =>
  Object.entries(details).flatMap(([k, v]): string[] => {
    const key = `${prefix}${k}`;
    if (isPlain(v)) return [`${key}: ${String(v)}`];
    if (Array.isArray(v)) return [`${key}: ${v.length === 0 ? '—' : v.every(isPlain) ? v.map(String).join(', ') : JSON.stringify(v)}`];
    if (typeof v === 'object') return describeDetails(v as Record<string, unknown>, `${key}.`);
    // Details are parsed JSON: nothing else can occur.
    return [`${key}: —`];
  });
