import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { ImportOutcome } from '../../../shared/candidates/candidate';
import { SOURCE_KINDS, SourceKind } from '../../../shared/candidates/source';
import { MAX_IMPORT_BASE64 } from '../../../shared/contract/candidates';
import type { Command, CommandContext } from '../context';
import { UsageError } from '../errors';
import { passphraseFromEnvOrPrompt } from '../prompt';
import { resolveCandidateId } from './candidate-id';

export const unlockVault = async (ctx: CommandContext) =>
  ctx.call('vault.unlock', { passphrase: await passphraseFromEnvOrPrompt('CVAULT_PASSPHRASE', 'Vault passphrase: ') });

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const readForImport = async (path: string): Promise<{ data: string } | { error: ImportOutcome['error'] }> => {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { error: { code: 'IMPORT_UNSUPPORTED_TYPE', message: 'This is not a file.' } };
    // Refused before reading: the core would refuse it anyway, and it saves memory.
    if ((info.size * 4) / 3 > MAX_IMPORT_BASE64)
      return { error: { code: 'IMPORT_TOO_LARGE', message: 'The file is larger than the 20 MB limit.' } };
    return { data: (await readFile(path)).toString('base64') };
  } catch {
    return { error: { code: 'IMPORT_CORRUPT', message: 'The file could not be read.' } };
  }
};

const outcomeText = (o: ImportOutcome): string =>
  o.status === 'failed'
    ? `failed     ${o.file}: error ${o.error?.code}: ${o.error?.message}`
    : `${o.status.padEnd(10)} ${o.ref ?? ''}${o.matchedExisting ? ` (new version ${o.version})` : ''}  ${o.file}`;

export const importCommand: Command = {
  name: 'import',
  summary: 'Import CV files (PDF, DOCX) with where they came from.',
  usage: `cvault [--vault DIR] import FILE... --source KIND [--source-detail TEXT] [--received DATE] [--consultant NAME] [--json]\n  KIND: ${SOURCE_KINDS.join(', ')}`,
  options: {
    source: { type: 'string' },
    'source-detail': { type: 'string' },
    received: { type: 'string' },
    consultant: { type: 'string' },
  },
  async run(ctx) {
    const kind = SourceKind.safeParse(ctx.values.source);
    if (!kind.success) throw new UsageError(`--source must be one of: ${SOURCE_KINDS.join(', ')}.`);
    if (ctx.positionals.length === 0) throw new UsageError('Name at least one file to import.');
    const received = str(ctx.values.received);
    if (received !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(received)) throw new UsageError('--received takes a date as YYYY-MM-DD.');
    await unlockVault(ctx);
    const source = {
      kind: kind.data,
      ...(str(ctx.values['source-detail']) ? { detail: str(ctx.values['source-detail']) } : {}),
      ...(received ? { receivedOn: received } : {}),
      ...(str(ctx.values.consultant) ? { consultant: str(ctx.values.consultant) } : {}),
    };
    const files = ctx.positionals.map((p) => resolve(p));
    const outcomes: ImportOutcome[] = new Array<ImportOutcome>(files.length);
    let next = 0;
    let done = 0;
    // As many files in flight as the parser pool has workers; each is its own transaction.
    const lane = async () => {
      while (next < files.length) {
        const i = next++;
        const path = files[i] ?? '';
        const read = await readForImport(path);
        const outcome: ImportOutcome =
          'error' in read
            ? { file: path, status: 'failed', ...(read.error ? { error: read.error } : {}) }
            : { ...(await ctx.call('candidates.import', { fileName: basename(path), data: read.data, source })), file: path };
        outcomes[i] = outcome;
        done++;
        ctx.out.line(ctx.out.json ? JSON.stringify(outcome) : outcomeText(outcome));
        ctx.out.info(`[${done}/${files.length}]`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, Math.max(1, availableParallelism())) }, lane));
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    return { json: undefined, text: '', exitCode: failed > 0 ? 1 : 0, summary: `${files.length - failed} of ${files.length} files imported or already present; ${failed} failed.` };
  },
};

export const listCommand: Command = {
  name: 'list',
  summary: 'List candidates (newest first).',
  usage: 'cvault [--vault DIR] list [--query TEXT] [--limit N] [--json]',
  options: { query: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    await unlockVault(ctx);
    const limit = Number(str(ctx.values.limit) ?? 500);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit takes a number from 1 to 500.');
    const q = str(ctx.values.query);
    const r = await ctx.call('candidates.list', { limit, offset: 0, ...(q ? { query: q } : {}) });
    const rows = r.items.map(
      (c) => `${c.ref.padEnd(14)} ${(c.name ?? '—').padEnd(28)} ${(c.source?.kind ?? '').padEnd(18)} ${c.importedAt.slice(0, 10)}  ${c.language}`,
    );
    return { json: r, text: rows.length ? rows.join('\n') : 'No candidates yet.' };
  },
};

export const showCommand: Command = {
  name: 'show',
  summary: 'Show a candidate: source, language, structured CV sections and extracted identifiers.',
  usage: 'cvault [--vault DIR] show ID|REF [--version N] [--json]',
  options: { version: { type: 'string' } },
  async run(ctx) {
    await unlockVault(ctx);
    const id = await resolveCandidateId(ctx, ctx.positionals[0]);
    const v = str(ctx.values.version);
    const d = await ctx.call('candidates.get', { id, ...(v ? { version: Number(v) } : {}) });
    const { contact, ...rest } = d;
    const text = [
      `${d.ref}  ${d.name ?? ''}`,
      `Language: ${d.language}   Source: ${d.source?.kind ?? '—'}${d.source?.detail ? ` (${d.source.detail})` : ''}   Version ${d.version} of ${d.versions.length}`,
      `E-mail: ${contact.emails.join(', ') || '—'}   Phone: ${contact.phones.join(', ') || '—'}`,
      ...d.cv.sections.map((s) => `\n[${s.kind}] ${s.title}\n${(s.entries?.length ? s.entries.map((e) => `  • ${[e.title, e.organisation, e.period?.text].filter(Boolean).join(' — ')}`) : s.lines.map((l) => `  ${l}`)).join('\n')}`),
    ].join('\n');
    return { json: { ...rest, identifiers: contact }, text };
  },
};
