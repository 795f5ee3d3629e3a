import { z } from 'zod';
import { IsoDate } from '../candidates/source';
import { RetentionDue } from './retention';
import { RightType } from './types';

/**
 * data.json of an access / portability bundle (format "cvault.subject-access", version 1).
 * Documented in docs/cli.md; add fields, never rename or remove one.
 */
export const BUNDLE_FORMAT = 'cvault.subject-access';
export const BUNDLE_FORMAT_VERSION = 1;

const BundleFile = z.object({
  path: z.string(),
  table: z.string(),
  column: z.string(),
  rowId: z.union([z.number(), z.string()]),
  fileName: z.string(),
  sha256: z.string().length(64),
  size: z.number().int().nonnegative(),
});

export const BundleJson = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  generatedAt: z.string(),
  controller: z.object({ name: z.string(), address: z.string(), contactEmail: z.string() }),
  request: z.object({
    ref: z.string(),
    type: RightType,
    receivedOn: IsoDate,
    dueOn: IsoDate,
    verification: z.object({ method: z.string(), at: z.string() }),
  }),
  candidate: z.object({ id: z.number().int(), ref: z.string() }),
  retention: RetentionDue,
  /** Clients who received the CV (art. 15(1)(c) recipients). */
  recipients: z.array(z.object({ clientId: z.number().int().optional(), clientName: z.string(), shares: z.number().int(), lastSharedAt: z.string() })),
  /** Every table holding this person's data: its columns and their rows, as stored. BLOB cells are { file, sha256, size }. */
  tables: z.record(z.string(), z.object({ columns: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())) })),
  /** The original files and other stored files, copied beside this JSON. */
  files: z.array(BundleFile),
  /** What was done with the data: audit entries naming this person's reference code (actions and ids only). */
  activity: z.array(z.object({ id: z.number().int(), at: z.string(), action: z.string() })),
});
export type BundleJson = z.infer<typeof BundleJson>;

export const BundleResult = z.object({
  dir: z.string(),
  requestRef: z.string(),
  candidateRef: z.string(),
  pdf: z.string(),
  json: z.string(),
  files: z.array(z.string()),
  tables: z.array(z.string()),
  pages: z.number().int().positive(),
});
export type BundleResult = z.infer<typeof BundleResult>;
