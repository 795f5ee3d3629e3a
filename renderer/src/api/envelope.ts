import type { CallName, OutputOf } from '../../../shared/contract';
import { checkResult } from '../../../shared/contract/validate';
import { ApiError, fail, type Result } from '../../../shared/errors';

/**
 * Turns a bridge response body into a checked Result: the value must match the call's output
 * schema and an error must carry a known code, else it is INTERNAL. The core's message is kept
 * for logs; the UI shows its own words for the code.
 */
export const readEnvelope = <N extends CallName>(name: N, body: unknown): Result<OutputOf<N>> => {
  if (typeof body !== 'object' || body === null || !('ok' in body))
    return fail('INTERNAL', `Unexpected response for ${name}.`);
  if (body.ok === true && 'value' in body) return checkResult(name, { ok: true, value: body.value });
  if (body.ok === false && 'error' in body) {
    const error = ApiError.safeParse(body.error);
    return error.success ? { ok: false, error: error.data } : fail('INTERNAL', `Unexpected error for ${name}.`);
  }
  return fail('INTERNAL', `Unexpected response for ${name}.`);
};
