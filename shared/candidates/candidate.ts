import { z } from 'zod';
import { ApiError } from '../errors';
import { Contact, Language, StructuredCv } from '../cv/model';
import { Source, SourceKind } from './source';
import { ConsentStatus } from '../consent/types';
import { NoticeStatus } from '../consent/notice';

export const CandidateId = z.number().int().positive();

export const ImportOutcome = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  candidateId: CandidateId.optional(),
  ref: z.string().optional(),
  /** Set when the CV was added as a new version of an existing candidate (same e-mail or phone). */
  version: z.number().int().positive().optional(),
  matchedExisting: z.boolean().optional(),
  error: ApiError.optional(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const CandidateSummary = z.object({
  id: CandidateId,
  ref: z.string(),
  name: z.string().optional(),
  language: Language,
  source: Source.optional(),
  importedAt: z.string(),
  versions: z.number().int().nonnegative(),
  /** Client-sharing consent status and whether the sharing gate (without a client) allows it. */
  consent: ConsentStatus,
  shareable: z.boolean(),
  notice: NoticeStatus,
});

export const CandidateFilter = z
  .object({
    consent: ConsentStatus.optional(),
    shareable: z.boolean().optional(),
    noticeDue: z.boolean().optional(),
    /** Candidates with at least one source of this kind (a CV received again elsewhere counts too). */
    sourceKind: SourceKind.optional(),
  })
  .strict();
export type CandidateFilter = z.infer<typeof CandidateFilter>;
export type CandidateSummary = z.infer<typeof CandidateSummary>;

export const CvVersionInfo = z.object({
  version: z.number().int().positive(),
  documentId: z.number().int().positive().optional(),
  fileName: z.string().optional(),
  format: z.enum(['pdf', 'docx']).optional(),
  sha256: z.string().optional(),
  pageCount: z.number().int().nonnegative().optional(),
  createdAt: z.string(),
  source: Source.optional(),
});
export type CvVersionInfo = z.infer<typeof CvVersionInfo>;

export const CandidateDetail = z.object({
  id: CandidateId,
  ref: z.string(),
  name: z.string().optional(),
  language: Language,
  source: Source.optional(),
  sources: z.array(Source),
  contact: Contact,
  hasPhoto: z.boolean(),
  version: z.number().int().positive(),
  versions: z.array(CvVersionInfo),
  cv: StructuredCv,
  importedAt: z.string(),
});
export type CandidateDetail = z.infer<typeof CandidateDetail>;

export const ExtractedText = z.object({
  documentId: z.number().int().positive(),
  fileName: z.string(),
  format: z.enum(['pdf', 'docx']),
  pageCount: z.number().int().nonnegative(),
  lines: z.array(
    z.object({ text: z.string(), page: z.number().int(), region: z.enum(['body', 'header', 'footer']), column: z.number().int().optional() }),
  ),
});
export type ExtractedText = z.infer<typeof ExtractedText>;
