import { checkResult, parseInput } from '../../../shared/contract/validate';
import { fail, ok, type Result } from '../../../shared/errors';
import { isCoreError } from '../errors';
import { auditSuccessfulCall } from '../audit/session-hook';
import type { Handlers } from './handlers';
import type { Session } from './session';

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Validates, runs and checks one call. Typed failures become error results; anything else is
 * INTERNAL with a fixed message, so no document content or personal data reaches the UI or logs.
 */
export const createDispatch =
  (handlers: Handlers, session: Session, onInternal: (name: string, e: unknown) => void = () => undefined): Dispatch =>
  async (name, raw) => {
    const parsed = parseInput(name, raw);
    if (!parsed.ok) return parsed;
    const call = parsed.value.name;
    session.touch();
    try {
      const handler = handlers[call] as (input: unknown) => unknown;
      const value = await handler(parsed.value.input);
      const checked = checkResult(call, ok(value));
      if (checked.ok) auditSuccessfulCall(session, call, parsed.value.input, checked.value, onInternal);
      return checked;
    } catch (e) {
      if (isCoreError(e)) return fail(e.code, e.message);
      onInternal(call, e);
      return fail('INTERNAL', `Something went wrong in ${call}. The action did not complete.`);
    }
  };
