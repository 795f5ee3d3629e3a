import type { EraseResult } from '../../../shared/contract/rights';
import type { Command } from '../context';
import { UsageError } from '../errors';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';

export const eraseText = (r: EraseResult): string =>
  [
    `${r.mode === 'erase' ? 'Erased' : 'Anonymised'} ${r.ref}: ${Object.values(r.removed).reduce((a, b) => a + b, 0)} rows in ${Object.keys(r.removed).length} tables.`,
    ...(r.suppressed ? ['Their e-mail stays on the marketing suppression list (as a keyed hash).'] : []),
    ...(r.closedRequests.length ? [`Open requests answered: ${r.closedRequests.join(', ')}.`] : []),
    ...(r.recipients.length
      ? ['Clients who received the CV (inform them, GDPR art. 19):', ...r.recipients.map((c) => `  ${c.clientName} (${c.shares}x, last ${c.lastSharedAt.slice(0, 10)})`)]
      : ['The CV was not shared with any client.']),
    `Audit entry #${r.auditId}.`,
  ].join('\n');

export const eraseCommand: Command = {
  name: 'erase',
  summary: 'Erase a candidate for good: every row and file, keeping only the suppression hash and an audit entry.',
  usage: 'cvault erase ID --yes [--json]\nID: a candidate id or reference (CV-2026-0012). This cannot be undone.',
  options: { yes: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.values.yes !== true) throw new UsageError('Erasure cannot be undone: add --yes to confirm.');
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    const r = await ctx.call('rights.erase', { candidateId, confirm: true });
    return { json: r, text: eraseText(r) };
  },
};
