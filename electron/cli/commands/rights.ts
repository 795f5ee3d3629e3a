import { CHANNELS, Channel, RIGHT_TYPES, RightType, VERIFICATION_METHODS, VerificationMethod, type RightsRequest } from '../../../shared/rights/types';
import { CallFailed, type Command, type CommandContext } from '../context';
import { UsageError } from '../errors';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';
import { DATE, requestLine, resolveRequest, str } from './rights-args';

const USAGE = [
  `cvault rights add ID --type T --received DATE [--channel C] [--json]`,
  `  T: ${RIGHT_TYPES.join('|')}`,
  `  C: ${CHANNELS.join('|')}`,
  'cvault rights list [--due] [--json]                 all requests by due date; --due: only open ones (the queue)',
  `cvault rights verify-identity REQ --method M [--json]`,
  `  M: ${VERIFICATION_METHODS.join('|')}`,
  'cvault rights extend REQ --reason R [--months 1|2] [--json]',
  'cvault rights close REQ --outcome TEXT [--json]',
  'cvault rights export ID|REQ --out DIR [--json]      access/portability bundle (identity must be verified)',
  'REQ: a request number or reference (RQ-2026-0007). ID: a candidate id or reference (CV-2026-0012).',
].join('\n');

/** The open, verified access or portability request a bundle answers: given directly, or the candidate's latest. */
const requestForExport = async (ctx: CommandContext, arg: string | undefined): Promise<RightsRequest> => {
  if (arg && /^RQ-/i.test(arg)) return resolveRequest(ctx, arg);
  const candidateId = await resolveCandidateId(ctx, arg);
  const { requests } = await ctx.call('rights.list', { openOnly: true, candidateId });
  const wanted = requests.filter((r) => r.type === 'access' || r.type === 'portability').sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  const pick = wanted.find((r) => r.verification) ?? wanted[0];
  if (!pick)
    throw new CallFailed({
      code: 'RIGHTS_REQUEST_NOT_FOUND',
      message: 'This candidate has no open access or portability request. Record one first: cvault rights add ID --type access --received DATE',
    });
  return pick;
};

export const rightsCommand: Command = {
  name: 'rights',
  summary: 'GDPR rights requests: record, verify identity, extend, close, export the access bundle.',
  usage: USAGE,
  options: {
    type: { type: 'string' },
    received: { type: 'string' },
    channel: { type: 'string' },
    due: { type: 'boolean' },
    method: { type: 'string' },
    reason: { type: 'string' },
    months: { type: 'string' },
    outcome: { type: 'string' },
    out: { type: 'string' },
  },
  async run(ctx) {
    const [action, arg] = ctx.positionals;
    switch (action) {
      case 'add': {
        const type = RightType.safeParse(ctx.values.type);
        if (!type.success) throw new UsageError(`--type must be one of ${RIGHT_TYPES.join(', ')}.`);
        const received = str(ctx.values.received);
        if (!received || !DATE.test(received)) throw new UsageError('--received takes the date the request came in, as YYYY-MM-DD.');
        const channel = ctx.values.channel === undefined ? undefined : Channel.safeParse(ctx.values.channel);
        if (channel && !channel.success) throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}.`);
        await unlockVault(ctx);
        const candidateId = await resolveCandidateId(ctx, arg);
        const r = await ctx.call('rights.add', { candidateId, type: type.data, receivedOn: received, ...(channel?.success ? { channel: channel.data } : {}) });
        return { json: r, text: `Recorded ${r.ref} (${r.type}) for ${r.candidateRef}: due ${r.dueOn}. Verify the requester's identity before disclosing anything.` };
      }
      case 'list': {
        await unlockVault(ctx);
        const q = await ctx.call('rights.list', { openOnly: ctx.values.due === true });
        const head = `${q.counts.open} open, ${q.counts.overdue} overdue, ${q.counts.dueWithinWeek} due within a week`;
        return { json: q, text: q.requests.length ? [...q.requests.map(requestLine), '', head].join('\n') : 'No rights requests.' };
      }
      case 'verify-identity': {
        const method = VerificationMethod.safeParse(ctx.values.method);
        if (!method.success) throw new UsageError(`--method must be one of ${VERIFICATION_METHODS.join(', ')}.`);
        await unlockVault(ctx);
        const r = await ctx.call('rights.verifyIdentity', { id: (await resolveRequest(ctx, arg)).id, method: method.data });
        return { json: r, text: `Identity verified for ${r.ref} (${method.data}, by ${r.verification?.by ?? ''}).` };
      }
      case 'extend': {
        const reason = str(ctx.values.reason);
        if (!reason) throw new UsageError('--reason is required: it is recorded and must be told to the candidate.');
        const months = ctx.values.months === undefined ? 2 : Number(ctx.values.months);
        if (months !== 1 && months !== 2) throw new UsageError('--months takes 1 or 2.');
        await unlockVault(ctx);
        const r = await ctx.call('rights.extend', { id: (await resolveRequest(ctx, arg)).id, months, reason });
        return {
          json: r,
          text: `${r.ref} now due ${r.dueOn}. Tell the candidate about the extension and its reason by ${r.firstDueOn}.`,
        };
      }
      case 'close': {
        const outcome = str(ctx.values.outcome);
        if (!outcome) throw new UsageError('--outcome is required: record what was done.');
        await unlockVault(ctx);
        const r = await ctx.call('rights.close', { id: (await resolveRequest(ctx, arg)).id, outcome });
        return { json: r, text: `Closed ${r.ref} on ${r.closedOn ?? ''}${r.daysLeft < 0 ? ` (${-r.daysLeft} days late)` : ''}.` };
      }
      case 'export': {
        const out = str(ctx.values.out);
        if (!out) throw new UsageError('--out DIR is required: the folder to write the bundle into.');
        await unlockVault(ctx);
        const req = await requestForExport(ctx, arg);
        const b = await ctx.call('rights.export', { id: req.id, outDir: out });
        return {
          json: b,
          text: [`Bundle for ${b.candidateRef} (${b.requestRef}) written to ${b.dir}:`, `  report.pdf (${b.pages} pages)`, '  data.json', ...b.files.map((f) => `  ${f.slice(b.dir.length + 1)}`), `Close the request when sent: cvault rights close ${b.requestRef} --outcome "..."`].join('\n'),
        };
      }
      default:
        throw new UsageError('Use one of: rights add, list, verify-identity, extend, close, export.');
    }
  },
};
