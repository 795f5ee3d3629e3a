import type { AutoEraseState } from '../../../shared/rights/retention';
import type { Command } from '../context';
import { UsageError } from '../errors';
import { unlockVault } from './candidates';

const autoEraseText = (s: AutoEraseState): string => {
  const head = `Automatic erasure is ${s.enabled ? 'on: overdue candidates are erased when the vault is unlocked' : 'off: nothing is deleted without a consultant'}.`;
  const run = s.lastRun;
  if (!run) return head;
  const lines = [head, `Last run ${run.at}: ${run.erased.length} erased${run.erased.length ? ` (${run.erased.map((e) => e.ref).join(', ')})` : ''}.`];
  for (const e of run.erased) if (e.tellClients.length) lines.push(`  tell ${e.tellClients.join(', ')} about ${e.ref} (art. 19)`);
  for (const k of run.kept) lines.push(`  kept ${k.ref}: ${k.hold}`);
  return lines.join('\n');
};

export const retentionCommand: Command = {
  name: 'retention',
  summary: 'Candidates due for retention review; automatic erasure on or off.',
  usage: 'cvault retention due [--json] | cvault retention auto-erase [on|off] [--json]',
  options: {},
  async run(ctx) {
    const [sub, arg] = ctx.positionals;
    if (sub === 'auto-erase') {
      if (arg !== undefined && arg !== 'on' && arg !== 'off') throw new UsageError('Use "retention auto-erase [on|off]".');
      await unlockVault(ctx);
      if (arg) await ctx.call('retention.setPolicies', { autoErase: arg === 'on' });
      const state = await ctx.call('retention.autoErase', {});
      return { json: state, text: autoEraseText(state) };
    }
    if (sub !== 'due') throw new UsageError('Use "retention due" or "retention auto-erase [on|off]".');
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
