import { LATEST_SCHEMA_VERSION } from '../../core/vault/migrations';
import type { Command } from '../context';
import { UsageError } from '../errors';
import { passphraseFromEnvOrPrompt, readSecret } from '../prompt';

const unlock = async (ctx: Parameters<Command['run']>[0]) =>
  ctx.call('vault.unlock', { passphrase: await passphraseFromEnvOrPrompt('CVAULT_PASSPHRASE', 'Vault passphrase: ') });

const countsText = (counts: Record<string, number> | undefined): string =>
  Object.entries(counts ?? {})
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a new encrypted vault.',
  usage: 'cvault [--vault DIR] init [--json]',
  options: {},
  async run(ctx) {
    let passphrase = process.env.CVAULT_PASSPHRASE;
    if (!passphrase) {
      passphrase = await readSecret('New vault passphrase: ');
      if ((await readSecret('Repeat the passphrase: ')) !== passphrase)
        throw new UsageError('The two passphrases differ.');
    }
    const s = await ctx.call('vault.create', { passphrase });
    return {
      json: { dir: s.dir, schemaVersion: s.schemaVersion, created: true },
      text: `Created an encrypted vault in ${s.dir} (schema ${s.schemaVersion}).\nKeep the passphrase safe: it cannot be recovered.`,
    };
  },
};

export const statusCommand: Command = {
  name: 'status',
  summary: 'Show the vault schema version and how many records it holds.',
  usage: 'cvault [--vault DIR] status [--json]',
  options: {},
  async run(ctx) {
    const s = await unlock(ctx);
    return {
      json: { dir: s.dir, schemaVersion: s.schemaVersion, appSchemaVersion: LATEST_SCHEMA_VERSION, counts: s.counts ?? {} },
      text: [`Vault: ${s.dir}`, `Schema version: ${s.schemaVersion} (this app: ${LATEST_SCHEMA_VERSION})`, countsText(s.counts)]
        .filter(Boolean)
        .join('\n'),
    };
  },
};

export const passwdCommand: Command = {
  name: 'passwd',
  summary: 'Change the vault passphrase (re-wraps the key; the data is not re-encrypted).',
  usage: 'cvault [--vault DIR] passwd [--json]   (CVAULT_PASSPHRASE / CVAULT_NEW_PASSPHRASE or prompts)',
  options: {},
  async run(ctx) {
    const current = await passphraseFromEnvOrPrompt('CVAULT_PASSPHRASE', 'Current passphrase: ');
    let next = process.env.CVAULT_NEW_PASSPHRASE;
    if (!next) {
      next = await readSecret('New passphrase: ');
      if ((await readSecret('Repeat the new passphrase: ')) !== next) throw new UsageError('The two passphrases differ.');
    }
    const s = await ctx.call('vault.changePassphrase', { current, next });
    return { json: { dir: s.dir, changed: true }, text: `Passphrase changed for ${s.dir}.` };
  },
};
