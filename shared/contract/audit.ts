import { z } from 'zod';
import { call } from './define';

export const AuditChainReport = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  lastHash: z.string(),
  firstBroken: z
    .object({ id: z.number().int(), kind: z.enum(['hash-mismatch', 'link-mismatch', 'sequence-gap', 'unreadable']), expected: z.string(), found: z.string() })
    .optional(),
});
export type AuditChainReport = z.infer<typeof AuditChainReport>;

export const AuditEvent = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subjectRef: z.string().optional(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const auditCalls = {
  'audit.verify': call({
    summary: 'Check the audit trail\'s hash chain; reports the first broken entry.',
    input: z.object({}).strict(),
    output: AuditChainReport,
    errors: ['VAULT_LOCKED'],
  }),
  'audit.list': call({
    summary: 'Audit entries, newest first, filtered by action prefix, candidate reference or time.',
    input: z
      .object({
        action: z.string().max(100).optional(),
        subjectRef: z.string().max(40).optional(),
        from: z.string().max(40).optional(),
        to: z.string().max(40).optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ items: z.array(AuditEvent), total: z.number().int() }),
    errors: ['VAULT_LOCKED'],
  }),
} as const;
