import { sharesCsv } from '../../../shared/export/shares';
import type { Command } from '../context';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';

export const sharesCommand: Command = {
  name: 'shares',
  summary: 'The share log: every company CV sent (one candidate\'s, or all), as text, JSON or CSV.',
  usage: 'cvault shares [ID] [--csv] [--json]',
  options: { csv: { type: 'boolean' } },
  async run(ctx) {
    await unlockVault(ctx);
    const arg = ctx.positionals[0];
    const shares = await ctx.call('shares.list', arg ? { candidateId: await resolveCandidateId(ctx, arg) } : {});
    if (ctx.values.csv) return { json: shares, text: sharesCsv(shares).trimEnd() };
    return {
      json: shares,
      text: shares.length
        ? shares.map((s) => `${s.at.slice(0, 16).replace('T', ' ')}  ${s.ref.padEnd(13)} ${(s.clientName ?? '(no client yet)').padEnd(22)} ${s.mode.padEnd(5)} ${s.format.padEnd(4)} ${s.templateId.padEnd(10)} ${s.consultant}  ${s.fileName}  ${s.sha256.slice(0, 12)}`).join('\n')
        : 'No shares logged.',
    };
  },
};
