import { fail, ok, type Result } from '../errors';
import { contract, isCallName, type CallName, type OutputOf } from './index';

/** Parses a call's input; INVALID_INPUT names the first bad field, never echoes its value. */
export const parseInput = (name: string, raw: unknown): Result<{ name: CallName; input: unknown }> => {
  if (!isCallName(name)) return fail('INVALID_INPUT', `Unknown call "${name.slice(0, 80)}".`);
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'input';
    return fail('INVALID_INPUT', `Invalid ${where} for ${name}: ${issue?.message ?? 'invalid'}.`);
  }
  return ok({ name, input: parsed.data });
};

/** Checks a result against the contract before it leaves the process: a bad shape is a bug. */
export const checkResult = <N extends CallName>(name: N, result: Result<unknown>): Result<OutputOf<N>> => {
  if (!result.ok) return result;
  const parsed = contract[name].output.safeParse(result.value);
  if (!parsed.success) return fail('INTERNAL', `The core returned an unexpected shape for ${name}.`);
  return ok(parsed.data as OutputOf<N>);
};
