/** A mistake in how the command was called: exit code 2, never a vault error. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, error: 1, usage: 2 } as const;
