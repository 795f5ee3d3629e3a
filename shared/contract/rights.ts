import { z } from 'zod';
import { CandidateId } from '../candidates/candidate';
import { IsoDate } from '../candidates/source';
import { BundleResult } from '../rights/bundle';
import { AutoEraseState, RetentionDue, RetentionPolicies, RetentionPoliciesPatch } from '../rights/retention';
import { Channel, RightsRequest, RightType, VerificationMethod } from '../rights/types';
import { call } from './define';

const RequestId = z.number().int().positive();

export const Recipient = z.object({
  clientId: z.number().int().optional(),
  clientName: z.string(),
  shares: z.number().int(),
  lastSharedAt: z.string(),
});

export const EraseResult = z.object({
  candidateId: CandidateId,
  ref: z.string(),
  mode: z.enum(['erase', 'anonymise']),
  removed: z.record(z.string(), z.number().int()),
  suppressed: z.boolean(),
  closedRequests: z.array(z.string()),
  recipients: z.array(Recipient),
  auditId: z.number().int().positive(),
});
export type EraseResult = z.infer<typeof EraseResult>;

export const FlagState = z.object({
  candidateId: CandidateId,
  ref: z.string(),
  restricted: z.boolean(),
  objected: z.boolean(),
  recipients: z.array(Recipient),
});

export const RightsQueue = z.object({
  requests: z.array(RightsRequest),
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), dueWithinWeek: z.number().int() }),
});
export type RightsQueue = z.infer<typeof RightsQueue>;

export const CandidateRetention = RetentionDue.extend({ candidateId: CandidateId, ref: z.string() });

const Confirm = z.literal(true, { error: 'confirm must be true: this cannot be undone' });

export const rightsCalls = {
  'rights.add': call({
    summary: 'Record a rights request: type, date received, channel. Due one month after receipt.',
    input: z.object({ candidateId: CandidateId, type: RightType, receivedOn: IsoDate, channel: Channel.default('other') }).strict(),
    output: RightsRequest,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'rights.list': call({
    summary: 'Rights requests by due date (overdue flagged), with counts; openOnly gives the queue.',
    input: z.object({ openOnly: z.boolean().default(false), candidateId: CandidateId.optional() }).strict(),
    output: RightsQueue,
    errors: ['VAULT_LOCKED'],
  }),
  'rights.verifyIdentity': call({
    summary: 'Record how the requester was verified to be the candidate (by whom and when is recorded too).',
    input: z.object({ id: RequestId, method: VerificationMethod }).strict(),
    output: RightsRequest,
    errors: ['VAULT_LOCKED', 'RIGHTS_REQUEST_NOT_FOUND', 'RIGHTS_REQUEST_CLOSED'],
  }),
  'rights.extend': call({
    summary: 'Extend the deadline by one or two months, with the reason; the candidate must be told by the first due date.',
    input: z.object({ id: RequestId, months: z.number().int().min(1).max(2).default(2), reason: z.string().trim().min(3).max(2000) }).strict(),
    output: RightsRequest,
    errors: ['VAULT_LOCKED', 'RIGHTS_REQUEST_NOT_FOUND', 'RIGHTS_EXTENSION_NOT_ALLOWED'],
  }),
  'rights.close': call({
    summary: 'Close a request, recording what was done.',
    input: z.object({ id: RequestId, outcome: z.string().trim().min(3).max(2000) }).strict(),
    output: RightsRequest,
    errors: ['VAULT_LOCKED', 'RIGHTS_REQUEST_NOT_FOUND', 'RIGHTS_REQUEST_CLOSED'],
  }),
  'rights.export': call({
    summary: 'Write the access / portability bundle (report.pdf, data.json, original files) into a new folder inside outDir.',
    input: z.object({ id: RequestId, outDir: z.string().min(1).max(1000) }).strict(),
    output: BundleResult,
    errors: ['VAULT_LOCKED', 'RIGHTS_REQUEST_NOT_FOUND', 'RIGHTS_REQUEST_CLOSED', 'RIGHTS_IDENTITY_UNVERIFIED', 'RIGHTS_BUNDLE_FOLDER', 'INVALID_INPUT'],
  }),
  'rights.erase': call({
    summary: 'Erase a candidate: every row and file; keeps only the suppression hash and an audit entry. Lists the clients to inform.',
    input: z.object({ candidateId: CandidateId, confirm: Confirm }).strict(),
    output: EraseResult,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'rights.restrict': call({
    summary: 'Set or lift a restriction (art. 18) or objection (art. 21): blocks sharing and marketing while set.',
    input: z
      .object({ candidateId: CandidateId, flag: z.enum(['restriction', 'objection']).default('restriction'), lift: z.boolean().default(false), reason: z.string().trim().max(2000).optional() })
      .strict(),
    output: FlagState,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'retention.policies': call({
    summary: 'The retention periods per situation.',
    input: z.object({}).strict(),
    output: RetentionPolicies,
    errors: ['VAULT_LOCKED'],
  }),
  'retention.setPolicies': call({
    summary: 'Change retention periods; only the fields given change.',
    input: RetentionPoliciesPatch,
    output: RetentionPolicies,
    errors: ['VAULT_LOCKED'],
  }),
  'retention.due': call({
    summary: 'Candidates whose retention date is reached (overdue) or near (due). Lists only: nothing is deleted.',
    input: z.object({}).strict(),
    output: z.array(CandidateRetention),
    errors: ['VAULT_LOCKED'],
  }),
  'retention.autoErase': call({
    summary: 'Whether automatic erasure is on, and what its last run (at unlock) erased or kept for a person to decide.',
    input: z.object({}).strict(),
    output: AutoEraseState,
    errors: ['VAULT_LOCKED'],
  }),
  'retention.get': call({
    summary: 'A candidate\'s retention rule and review date.',
    input: z.object({ candidateId: CandidateId }).strict(),
    output: CandidateRetention,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'retention.extend': call({
    summary: 'Keep a candidate\'s data until a later date, with the reason.',
    input: z.object({ candidateId: CandidateId, until: IsoDate, reason: z.string().trim().min(3).max(2000) }).strict(),
    output: CandidateRetention,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'retention.placed': call({
    summary: 'Record that the candidate was placed (worker or employee): the legal period applies from that date.',
    input: z.object({ candidateId: CandidateId, placedOn: IsoDate }).strict(),
    output: CandidateRetention,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'retention.anonymise': call({
    summary: 'Anonymise a candidate: erase every personal row and file, keep only non-identifying counts.',
    input: z.object({ candidateId: CandidateId, confirm: Confirm }).strict(),
    output: EraseResult,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
} as const;
