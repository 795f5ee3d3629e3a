import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { defaultVaultDir } from '../core/vault/paths';
import { COMMANDS } from './commands';
import { CallFailed, createCallContext, type Command } from './context';
import { EXIT, UsageError } from './errors';
import { createOutput, type Output } from './output';

const GLOBAL_OPTIONS = {
  vault: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const helpText = (): string =>
  [
    `cvault ${version}: the CVault command line`,
    '',
    'Usage: cvault [--vault DIR] [--json] <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Global options:',
    '  --vault DIR   the vault folder (default: the desktop app\'s vault)',
    '  --json        machine-readable output on stdout',
    '',
    'The passphrase comes from CVAULT_PASSPHRASE, or a prompt that does not echo.',
    'Exit codes: 0 ok, 1 a typed error (error CODE: message), 2 a usage error.',
  ].join('\n');

/** Finds the command word, skipping global flags and the value of --vault. */
const findCommand = (argv: string[]): { command: Command | undefined; word: string | undefined; rest: string[] } => {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--vault') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return { command: COMMANDS.find((c) => c.name === a), word: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, word: undefined, rest: argv };
};

const jsonWanted = (argv: string[]) => argv.includes('--json');

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export const runCli = async (argv: string[], out: Output = createOutput(jsonWanted(argv))): Promise<number> => {
  const { command, word, rest } = findCommand(argv);
  if (!command) {
    if (argv.includes('--version')) {
      out.result({ version }, version);
      return EXIT.ok;
    }
    if (word === undefined || argv.includes('--help') || argv.includes('-h') || word === 'help') {
      out.result({ commands: COMMANDS.map((c) => ({ name: c.name, summary: c.summary, usage: c.usage })) }, helpText());
      return word === undefined && !argv.includes('--help') && !argv.includes('-h') ? EXIT.usage : EXIT.ok;
    }
    out.usage(`Unknown command "${word}".`, helpText());
    return EXIT.usage;
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (e) {
    out.usage(e instanceof Error ? e.message : String(e), command.usage);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    out.result({ name: command.name, summary: command.summary, usage: command.usage }, `${command.summary}\n\n${command.usage}`);
    return EXIT.ok;
  }

  const vaultDir = resolve(typeof parsed.values.vault === 'string' ? parsed.values.vault : defaultVaultDir());
  const calls = createCallContext(vaultDir);
  try {
    const result = await command.run({ vaultDir, out, positionals: parsed.positionals, values: parsed.values, call: calls.call });
    if (result.json !== undefined) out.result(result.json, result.text);
    if (result.summary) out.info(result.summary);
    return result.exitCode ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CallFailed) {
      out.error(e.error);
      return EXIT.error;
    }
    if (e instanceof UsageError) {
      out.usage(e.message, command.usage);
      return EXIT.usage;
    }
    out.error({ code: 'INTERNAL', message: 'Something went wrong. Nothing was changed.' });
    return EXIT.error;
  } finally {
    await calls.close();
  }
};
