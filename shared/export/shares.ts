import { z } from 'zod';
import { ExportLanguage, ExportMode } from './model';

export const EXPORT_FORMATS = ['pdf', 'docx'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** One line of the share log: what went to whom, as which file. Part of the CLI's JSON. */
export const Share = z.object({
  id: z.number().int().positive(),
  candidateId: z.number().int().positive(),
  ref: z.string(),
  clientId: z.number().int().positive().optional(),
  /** The client as named when the CV was sent; absent = "none yet". */
  clientName: z.string().optional(),
  templateId: z.string(),
  templateName: z.string(),
  mode: ExportMode,
  language: ExportLanguage,
  format: ExportFormat,
  consultant: z.string(),
  at: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  cvVersion: z.number().int().positive(),
});
export type Share = z.infer<typeof Share>;

const CSV_COLUMNS = ['at', 'ref', 'clientName', 'templateName', 'mode', 'language', 'format', 'consultant', 'fileName', 'sha256'] as const;

const csvCell = (value: string | number | undefined): string => {
  const s = value === undefined ? '' : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The share log as CSV (RFC 4180, CRLF), for the firm's records. */
export const sharesCsv = (shares: readonly Share[]): string =>
  [CSV_COLUMNS.join(','), ...shares.map((s) => CSV_COLUMNS.map((c) => csvCell(c === 'clientName' ? (s.clientName ?? '') : s[c])).join(','))].join('\r\n') + '\r\n';

/** `CV-2026-0042_Acme-Talent.pdf`: the reference and the firm, never the candidate's name. */
export const defaultExportFileName = (reference: string, firmName: string, format: ExportFormat): string => {
  const firm = firmName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${reference}${firm ? `_${firm}` : ''}.${format}`;
};
