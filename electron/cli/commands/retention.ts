import type { Command } from '../context';
import { UsageError } from '../errors';
import { unlockVault } from './candidates';

export const retentionCommand: Command = {
  name: 'retention',
  summary: 'Candidates whose retention date is reached or near (lists only; nothing is deleted).',
  usage: 'cvault retention due [--json]',
  options: {},
  async run(ctx) {
    if (ctx.positionals[0] !== 'due') throw new UsageError('Use "retention due".');
    await unlockVault(ctx);
    const due = await ctx.call('retention.due', {});
    return {
      json: due,
      text: due.length
        ? due.map((d) => `${d.ref.padEnd(14)} ${d.status.padEnd(8)} review ${d.dueOn}  (${d.situation}, from ${d.from}${d.extendedUntil ? `, extended to ${d.extendedUntil}` : ''})`).join('\n')
        : 'Nothing is due for retention review.',
    };
  },
};
