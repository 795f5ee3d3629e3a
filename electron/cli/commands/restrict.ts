import type { Command } from '../context';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';
import { str } from './rights-args';

export const restrictCommand: Command = {
  name: 'restrict',
  summary: 'Restrict processing (or record an objection) for a candidate, or lift it: blocks sharing and marketing.',
  usage: 'cvault restrict ID [--objection] [--lift] [--reason TEXT] [--json]\nWithout --objection it records a restriction (art. 18); with it an objection (art. 21).',
  options: { lift: { type: 'boolean' }, objection: { type: 'boolean' }, reason: { type: 'string' } },
  async run(ctx) {
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    const flag = ctx.values.objection === true ? 'objection' : 'restriction';
    const reason = str(ctx.values.reason);
    const s = await ctx.call('rights.restrict', { candidateId, flag, lift: ctx.values.lift === true, ...(reason ? { reason } : {}) });
    const state = `restriction ${s.restricted ? 'ON' : 'off'}, objection ${s.objected ? 'ON' : 'off'}`;
    const tell = s.recipients.length ? `\nInform the clients who received the CV (art. 19): ${s.recipients.map((r) => r.clientName).join(', ')}` : '';
    return { json: s, text: `${s.ref}: ${ctx.values.lift === true ? 'lifted' : 'recorded'} ${flag}; now ${state}.${tell}` };
  },
};
