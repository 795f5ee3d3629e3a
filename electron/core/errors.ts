import type { ErrorCode } from '../../shared/errors';

/** A failure the user can act on. Anything else thrown inside the core is reported as INTERNAL. */
export class CoreError extends Error {
  override readonly name = 'CoreError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isCoreError = (e: unknown): e is CoreError => e instanceof CoreError;
