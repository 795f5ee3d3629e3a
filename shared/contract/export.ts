import { z } from 'zod';
import { CandidateId } from '../candidates/candidate';
import { GateDecision } from '../consent/gate';
import { ExportLanguage, ExportMode } from '../export/model';
import { ReviewState } from '../export/redaction';
import { ExportFormat, Share } from '../export/shares';
import { call } from './define';

export const TemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  firmName: z.string().optional(),
  source: z.enum(['builtin', 'user']),
  isDefault: z.boolean(),
  layout: z.enum(['single', 'sidebar']).optional(),
  /** False when its template.json or a file is invalid; `error` names the field at fault. */
  valid: z.boolean(),
  error: z.string().optional(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

const TemplateId = z.string().trim().min(1).max(40);

const ExportChoice = z
  .object({
    candidateId: CandidateId,
    version: z.number().int().positive().optional(),
    /** The default template when absent. */
    template: TemplateId.optional(),
    mode: ExportMode,
    /** The CV's own language when absent. */
    language: ExportLanguage.optional(),
    /** Absent: no client chosen yet (logged as "none yet"). */
    clientId: z.number().int().positive().optional(),
    format: ExportFormat.default('pdf'),
  })
  .strict();

export const ExportPreview = z.object({
  /** The PDF, base64: shown with pdf.js, never written to disk. */
  pdf: z.string(),
  pages: z.number().int().positive(),
  fileName: z.string(),
  gate: GateDecision,
  review: ReviewState,
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportResult = z.object({
  /** The path written, or (when no `out` was given) the file name only. */
  file: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  shareId: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  pages: z.number().int().positive().optional(),
  /** The file, base64, when no `out` was given: the UI saves it (download / save dialog) itself. */
  data: z.string().optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;

const EXPORT_ERRORS = [
  'VAULT_LOCKED',
  'CANDIDATE_NOT_FOUND',
  'CLIENT_NOT_FOUND',
  'TEMPLATE_NOT_FOUND',
  'TEMPLATE_INVALID',
  'EXPORT_BLOCKED_LEAK',
] as const;

export const exportCalls = {
  'templates.list': call({
    summary: 'The company-CV templates (built-in and added folders), each checked: valid, or the field at fault.',
    input: z.object({}).strict(),
    output: z.array(TemplateSummary),
    errors: ['VAULT_LOCKED'],
  }),
  'templates.addFolder': call({
    summary: 'Add a firm\'s own template folder (template.json, logo, fonts); it is validated first.',
    input: z.object({ path: z.string().min(1).max(1000) }).strict(),
    output: TemplateSummary,
    errors: ['VAULT_LOCKED', 'TEMPLATE_NOT_FOUND', 'TEMPLATE_INVALID', 'INVALID_INPUT'],
  }),
  'export.preview': call({
    summary: 'Render a company CV for on-screen preview (PDF, leak-checked) with the sharing gate\'s decision; nothing is written or logged.',
    input: ExportChoice,
    output: ExportPreview,
    errors: [...EXPORT_ERRORS],
  }),
  'export.create': call({
    summary: 'Export a company CV (PDF or DOCX) after the review and sharing gates and the leak guard; write it and log the share.',
    input: ExportChoice.extend({
      /**
       * A file path, or an existing folder (the file then gets the default name, never the candidate\'s).
       * Absent: nothing is written by the core; the bytes come back as `data` under the default name.
       */
      out: z.string().min(1).max(1000).optional(),
      overwrite: z.boolean().optional(),
    }).strict(),
    output: ExportResult,
    errors: [...EXPORT_ERRORS, 'EXPORT_BLOCKED_UNREVIEWED', 'EXPORT_BLOCKED_NO_CONSENT', 'EXPORT_FILE_EXISTS', 'INVALID_INPUT'],
  }),
  'shares.list': call({
    summary: 'The share log, newest first: every company CV sent, for one candidate or for all.',
    input: z.object({ candidateId: CandidateId.optional() }).strict(),
    output: z.array(Share),
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
};
