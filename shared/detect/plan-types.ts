import { z } from 'zod';
import { DetectionScope } from './types';

export const DECISIONS = ['accept', 'reject'] as const;
export const Decision = z.enum(DECISIONS);
export type Decision = z.infer<typeof Decision>;

export const ITEM_KINDS = ['identifier', 'special', 'manual'] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

/** One place an item occurs: a unit path and a span of its text. */
export const Occurrence = z.object({
  /** Detection id of this occurrence (changes when the text moves; the item id does not). */
  id: z.string(),
  path: z.string(),
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Occurrence = z.infer<typeof Occurrence>;

/** A detection (or manual term) grouped by fingerprint: the unit a consultant decides on. */
export const ReviewItem = z.object({
  /** The fingerprint of kind, type and normalised text: stable across re-detection. */
  id: z.string(),
  kind: ItemKind,
  /** Identifier type, special category, or `manual`. */
  type: z.string(),
  scope: DetectionScope,
  text: z.string(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  decision: z.enum(['pending', 'accept', 'reject']),
  /** Whether the export removes it: everything except rejected items (the plan errs on the side of removal). */
  redact: z.boolean(),
  occurrences: z.array(Occurrence),
  /** Manual terms only: the stored term and whether it applies to every CV version. */
  termId: z.number().int().positive().optional(),
  always: z.boolean().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewState = z.enum(['unreviewed', 'reviewed', 'stale']);
export type ReviewState = z.infer<typeof ReviewState>;

export const ReviewStatus = z.object({
  /** `stale`: marked reviewed, but for an older CV version or before a later decision. */
  state: ReviewState,
  by: z.string().optional(),
  at: z.string().optional(),
  version: z.number().int().positive().optional(),
});
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ReviewCounts = z.object({
  identifier: z.number().int().nonnegative(),
  special: z.number().int().nonnegative(),
  manual: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});

export const ReviewPlan = z.object({
  candidateId: z.number().int().positive(),
  version: z.number().int().positive(),
  detectorVersion: z.number().int().positive(),
  status: ReviewStatus,
  counts: ReviewCounts,
  items: z.array(ReviewItem),
});
export type ReviewPlan = z.infer<typeof ReviewPlan>;

const Count = z.number().int().nonnegative();
/** What the export removes, by type and section, without a single value. */
export const RedactionReport = z.object({
  candidateId: z.number().int().positive(),
  version: z.number().int().positive(),
  status: ReviewStatus,
  removed: z.object({ items: Count, occurrences: Count }),
  kept: z.object({ rejected: Count }),
  pending: Count,
  byType: z.array(z.object({ kind: ItemKind, type: z.string(), items: Count, occurrences: Count })),
  bySection: z.array(z.object({ section: z.string(), occurrences: Count })),
  byTypeAndSection: z.array(z.object({ kind: ItemKind, type: z.string(), section: z.string(), occurrences: Count })),
});
export type RedactionReport = z.infer<typeof RedactionReport>;

/** A stored consultant decision on an item. */
export interface StoredDecision {
  fingerprint: string;
  decision: Decision;
  consultant: string;
  at: string;
}

/** A stored manual redaction: a text, optionally one occurrence, for one version or always. */
export interface StoredTerm {
  id: number;
  text: string;
  always: boolean;
  cvVersion: number;
  path?: string;
  start?: number;
  consultant: string;
  at: string;
}
