import { z } from 'zod';

/**
 * Every error a user or a script can meet, as a stable code. The CLI prints these codes and
 * firms script against them: add codes, never rename or reuse one.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'INTERNAL',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'VAULT_WEAK_PASSPHRASE',
  'VAULT_WRONG_PASSPHRASE',
  'VAULT_CORRUPT',
  'VAULT_BUSY',
  'VAULT_TOO_NEW',
  'IMPORT_UNSUPPORTED_TYPE',
  'IMPORT_TOO_LARGE',
  'IMPORT_ENCRYPTED',
  'IMPORT_CORRUPT',
  'IMPORT_NO_TEXT',
  'IMPORT_TIMEOUT',
  'IMPORT_CANCELLED',
  'CANDIDATE_NOT_FOUND',
  'CLIENT_NOT_FOUND',
  'CLIENT_EXISTS',
  'TEMPLATE_NOT_FOUND',
  'TEMPLATE_INVALID',
  'EXPORT_BLOCKED_UNREVIEWED',
  'EXPORT_BLOCKED_NO_CONSENT',
  'EXPORT_BLOCKED_LEAK',
  'EXPORT_FILE_EXISTS',
  'REVIEW_ITEM_NOT_FOUND',
  'REVIEW_TEXT_NOT_FOUND',
  'RIGHTS_REQUEST_NOT_FOUND',
  'RIGHTS_REQUEST_CLOSED',
  'RIGHTS_IDENTITY_UNVERIFIED',
  'RIGHTS_EXTENSION_NOT_ALLOWED',
  'RIGHTS_BUNDLE_FOLDER',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
