import type { Command } from '../context';
import { UsageError } from '../errors';
import { unlockVault } from './candidates';

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'List the company-CV templates, or add a firm\'s own template folder.',
  usage: 'cvault templates [list] [--json]\ncvault templates add FOLDER [--json]',
  options: {},
  async run(ctx) {
    const [action = 'list', folder] = ctx.positionals;
    await unlockVault(ctx);
    if (action === 'add') {
      if (!folder) throw new UsageError('Give the template folder: cvault templates add FOLDER');
      const t = await ctx.call('templates.addFolder', { path: folder });
      return { json: t, text: `Added template ${t.id} (${t.name}).` };
    }
    if (action !== 'list') throw new UsageError('Use "templates list" or "templates add FOLDER".');
    const list = await ctx.call('templates.list', {});
    return {
      json: list,
      text: list
        .map((t) => `${t.isDefault ? '*' : ' '} ${t.id.padEnd(14)} ${t.valid ? `${t.name} — ${t.firmName ?? ''} (${t.layout ?? 'single'}, ${t.source})` : `INVALID: ${t.error ?? ''}`}`)
        .join('\n'),
    };
  },
};
