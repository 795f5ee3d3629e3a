import { z } from 'zod';
import { StructuredCv } from '../cv/model';
import { CandidateDetail, CandidateFilter, CandidateId, CandidateSummary, ExtractedText, ImportOutcome } from '../candidates/candidate';
import { SourceInput } from '../candidates/source';
import { call } from './define';

/** 20 MB of file as base64, plus room for the JSON around it. */
export const MAX_IMPORT_BASE64 = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 4;

export const candidateCalls = {
  'candidates.import': call({
    summary: 'Import one CV file (PDF or DOCX) with its source; duplicates and failures are outcomes, not errors.',
    input: z
      .object({
        fileName: z.string().min(1).max(260),
        /** The file's bytes, base64-encoded (works over IPC and HTTP alike). */
        data: z.string().min(1).max(MAX_IMPORT_BASE64),
        source: SourceInput,
      })
      .strict(),
    output: ImportOutcome,
    errors: ['VAULT_LOCKED'],
    maxInputBytes: MAX_IMPORT_BASE64 + 64 * 1024,
  }),
  'candidates.cancelImports': call({
    summary: 'Cancel the imports still waiting for a parser; running ones finish.',
    input: z.object({}).strict(),
    output: z.object({ cancelled: z.number().int().nonnegative() }),
    errors: [],
  }),
  'candidates.list': call({
    summary: 'Candidates, newest first, optionally filtered by a search text, consent status or art. 14 notice due.',
    input: z
      .object({
        query: z.string().max(200).optional(),
        filter: CandidateFilter.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ items: z.array(CandidateSummary), total: z.number().int().nonnegative() }),
    errors: ['VAULT_LOCKED'],
  }),
  'candidates.get': call({
    summary: 'One candidate with the structured CV of its latest version, sources and versions.',
    input: z.object({ id: CandidateId, version: z.number().int().positive().optional() }).strict(),
    output: CandidateDetail,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'candidates.extractedText': call({
    summary: 'The text extracted from the original file of a CV version, line by line.',
    input: z.object({ id: CandidateId, version: z.number().int().positive().optional() }).strict(),
    output: ExtractedText,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'candidates.splitVersion': call({
    summary: 'Split a CV version that was matched to the wrong candidate off into a new candidate.',
    input: z.object({ id: CandidateId, version: z.number().int().positive() }).strict(),
    output: z.object({ candidateId: CandidateId, ref: z.string() }),
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'candidates.rectify': call({
    summary: 'Correct the candidate’s data (art. 16): the edited structured CV becomes a new version on top of `basedOn`.',
    input: z.object({ id: CandidateId, basedOn: z.number().int().positive(), cv: StructuredCv }).strict(),
    output: z.object({ version: z.number().int().positive() }),
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
    maxInputBytes: 2 * 1024 * 1024,
  }),
} as const;
