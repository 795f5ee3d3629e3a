import { z } from 'zod';
import { CandidateId } from '../candidates/candidate';
import { Decision, ItemKind, RedactionReport, ReviewPlan } from '../detect/plan-types';
import { call } from './define';

const ItemId = z.string().min(3).max(40);

export const reviewCalls = {
  'review.get': call({
    summary: 'The redaction plan of a candidate\'s latest CV: detections grouped by text, decisions, manual terms and review status.',
    input: z.object({ candidateId: CandidateId }).strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'review.decide': call({
    summary: 'Accept or reject items of the plan (item ids or occurrence ids), or set them back to pending.',
    input: z
      .object({ candidateId: CandidateId, ids: z.array(ItemId).min(1).max(5000), decision: z.union([Decision, z.literal('pending')]) })
      .strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'REVIEW_ITEM_NOT_FOUND'],
  }),
  'review.decideAll': call({
    summary: 'Accept or reject every item of the plan, or every item of one kind (and type): the per-group action.',
    input: z
      .object({ candidateId: CandidateId, decision: Decision, kind: ItemKind.optional(), type: z.string().max(40).optional() })
      .strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'review.add': call({
    summary: 'Redact a text by hand: every occurrence (or the one at path/start), for this CV version or always for this candidate.',
    input: z
      .object({
        candidateId: CandidateId,
        text: z.string().trim().min(1).max(500),
        always: z.boolean().default(false),
        path: z.string().max(80).optional(),
        start: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'REVIEW_TEXT_NOT_FOUND'],
  }),
  'review.removeTerm': call({
    summary: 'Remove a manual redaction term.',
    input: z.object({ candidateId: CandidateId, termId: z.number().int().positive() }).strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'REVIEW_ITEM_NOT_FOUND'],
  }),
  'review.markReviewed': call({
    summary: 'Record that the consultant reviewed the plan of the latest CV version (who and when).',
    input: z.object({ candidateId: CandidateId }).strict(),
    output: ReviewPlan,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'review.report': call({
    summary: 'The redaction report: what the export removes, counted by type and section, without the values.',
    input: z.object({ candidateId: CandidateId }).strict(),
    output: RedactionReport,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
} as const;
