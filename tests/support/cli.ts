import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = resolve(ROOT, 'bin', 'cvault.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: unknown;
}

/** Runs the installed `cvault` entry exactly as a user's script would. */
export const cvault = (args: string[], env: Record<string, string> = {}, input?: string): CliRun => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
};
