import { EXPORT_LANGUAGES, ExportLanguage, ExportMode } from '../../../shared/export/model';
import { ExportFormat } from '../../../shared/export/shares';
import { CallFailed, type Command } from '../context';
import { UsageError } from '../errors';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a branded company CV (blind or named, PDF or DOCX) and log the share.',
  usage: [
    'cvault export ID (--blind|--named|--mode blind|named) [--template NAME] [--format pdf|docx] --out FILE|FOLDER',
    `             [--client NAME] [--language ${EXPORT_LANGUAGES.join('|')}] [--overwrite] [--json]`,
    '  Without --template the default template is used; given a folder, the file gets the default name',
    '  (CV-2026-0042_<firm>.pdf). Prints {"file","sha256","shareId",...} with --json.',
  ].join('\n'),
  options: {
    mode: { type: 'string' },
    blind: { type: 'boolean' },
    named: { type: 'boolean' },
    template: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    client: { type: 'string' },
    language: { type: 'string' },
    overwrite: { type: 'boolean' },
  },
  async run(ctx) {
    const flagged = [ctx.values.blind ? 'blind' : undefined, ctx.values.named ? 'named' : undefined, str(ctx.values.mode)].filter((m): m is string => m !== undefined);
    if (new Set(flagged).size !== 1) throw new UsageError('Choose one mode: --blind, --named or --mode blind|named.');
    const mode = ExportMode.safeParse(flagged[0]);
    if (!mode.success) throw new UsageError('--mode must be blind or named.');
    const format = ExportFormat.safeParse(str(ctx.values.format) ?? 'pdf');
    if (!format.success) throw new UsageError('--format must be pdf or docx.');
    const language = ctx.values.language === undefined ? undefined : ExportLanguage.safeParse(ctx.values.language);
    if (language && !language.success) throw new UsageError(`--language must be one of ${EXPORT_LANGUAGES.join(', ')}.`);
    const out = str(ctx.values.out);
    if (!out) throw new UsageError('Say where to write the file with --out FILE or --out FOLDER.');
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    let clientId: number | undefined;
    const clientName = str(ctx.values.client);
    if (clientName) {
      const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
      const client = (await ctx.call('clients.list', {})).find((c) => key(c.name) === key(clientName));
      if (!client) throw new CallFailed({ code: 'CLIENT_NOT_FOUND', message: `There is no client named "${clientName}". Add it with: cvault clients add "${clientName}" --country CC` });
      clientId = client.id;
    }
    const r = await ctx.call('export.create', {
      candidateId,
      mode: mode.data,
      format: format.data,
      out,
      ...(str(ctx.values.template) ? { template: str(ctx.values.template) } : {}),
      ...(language?.success ? { language: language.data } : {}),
      ...(clientId ? { clientId } : {}),
      ...(ctx.values.overwrite ? { overwrite: true } : {}),
    });
    return { json: r, text: `Wrote ${r.file}${r.pages ? ` (${r.pages} page${r.pages > 1 ? 's' : ''})` : ''}\nsha256 ${r.sha256}\nshare #${r.shareId} logged` };
  },
};
