import type { RightsRequest } from '../../../shared/rights/types';
import { CallFailed, type CommandContext } from '../context';
import { UsageError } from '../errors';

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

const notFound = () => new CallFailed({ code: 'RIGHTS_REQUEST_NOT_FOUND', message: 'There is no such rights request in this vault.' });

/** A request by its number (7) or its reference (RQ-2026-0007). */
export const resolveRequest = async (ctx: CommandContext, arg: string | undefined): Promise<RightsRequest> => {
  if (!arg) throw new UsageError('Give a request number or reference (e.g. 7 or RQ-2026-0007).');
  const byRef = /^RQ-\d{4}-\d+$/i.test(arg);
  if (!byRef && !/^\d+$/.test(arg)) throw new UsageError(`"${arg}" is neither a request number nor a reference like RQ-2026-0007.`);
  const { requests } = await ctx.call('rights.list', { openOnly: false });
  const hit = requests.find((r) => (byRef ? r.ref === arg.toUpperCase() : r.id === Number(arg)));
  if (!hit) throw notFound();
  return hit;
};

export const requestLine = (r: RightsRequest): string =>
  [
    r.ref.padEnd(13),
    r.candidateRef.padEnd(13),
    r.type.padEnd(13),
    `received ${r.receivedOn}`,
    `due ${r.dueOn}${r.extensionMonths ? ` (+${r.extensionMonths}m)` : ''}`,
    r.status === 'closed' ? `closed ${r.closedOn ?? ''}` : r.overdue ? `OVERDUE by ${-r.daysLeft}d` : `${r.daysLeft}d left`,
    r.verification ? `identity: ${r.verification.method}` : r.status === 'open' ? 'identity: NOT VERIFIED' : '',
  ]
    .filter(Boolean)
    .join('  ');
