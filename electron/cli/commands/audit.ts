import type { Command } from '../context';
import { UsageError } from '../errors';
import { unlockVault } from './candidates';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check the audit trail\'s hash chain and report the first broken entry.',
  usage: 'cvault audit verify [--json]\nExit code 1 when the chain is broken.',
  options: {},
  async run(ctx) {
    if (ctx.positionals[0] !== 'verify') throw new UsageError('Use "audit verify".');
    await unlockVault(ctx);
    const r = await ctx.call('audit.verify', {});
    const b = r.firstBroken;
    return {
      json: r,
      text: b
        ? `Audit trail BROKEN at entry #${b.id} (${b.kind}): that entry or the one before it was altered or removed. ${r.entries - 1} entries before it verify.`
        : `Audit trail intact: ${r.entries} entries, last hash ${r.lastHash.slice(0, 16)}…`,
      exitCode: b ? 1 : 0,
    };
  },
};
