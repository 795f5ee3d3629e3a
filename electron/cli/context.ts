import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import type { CallName, InputOf, OutputOf } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { createInProcessCore } from '../core/host/core';
import type { Output } from './output';

/** A typed failure returned by the core: exit code 1. */
export class CallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export interface CommandContext {
  readonly vaultDir: string;
  readonly out: Output;
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  call<N extends CallName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
}

export interface CommandResult {
  /** What --json prints: part of the public interface, keep its shape stable. Undefined when streamed. */
  json: unknown;
  text: string;
  /** 1 when some items of a batch failed. */
  exitCode?: 0 | 1;
  /** A closing line for people (stderr, text mode only). */
  summary?: string;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<CommandResult>;
}

/** The parser worker bundled beside the CLI (dist/core/extract-worker.mjs). */
const extractWorkerPath = (): string => fileURLToPath(new URL('../core/extract-worker.mjs', import.meta.url));

export const createCallContext = (vaultDir: string) => {
  const core = createInProcessCore({ dir: vaultDir, extractWorkerPath: extractWorkerPath() });
  const call = async <N extends CallName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const result = await core.call(name, input);
    if (!result.ok) throw new CallFailed(result.error);
    return result.value as OutputOf<N>;
  };
  return { call, close: () => core.close() };
};
