import type { CommandContext } from '../context';
import { UsageError } from '../errors';

/** Accepts the numeric id or the reference code (CV-2026-0042) a consultant sees. */
export const resolveCandidateId = async (ctx: CommandContext, arg: string | undefined): Promise<number> => {
  if (!arg) throw new UsageError('Give a candidate id or reference (e.g. 12 or CV-2026-0012).');
  if (/^\d+$/.test(arg)) return Number(arg);
  if (!/^CV-\d{4}-\d+$/i.test(arg)) throw new UsageError(`"${arg}" is neither a candidate id nor a reference like CV-2026-0012.`);
  const { items } = await ctx.call('candidates.list', { query: arg.toUpperCase(), limit: 5, offset: 0 });
  const hit = items.find((c) => c.ref === arg.toUpperCase());
  // An unknown reference is reported like an unknown id, by the core.
  return hit?.id ?? 2 ** 31 - 1;
};
