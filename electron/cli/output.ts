import type { ApiError } from '../../shared/errors';

export interface Output {
  readonly json: boolean;
  /** A command's result: JSON on stdout with --json, else the human text. */
  result(value: unknown, text: string): void;
  /** One line on stdout now, for commands that stream a result per item. */
  line(text: string): void;
  error(error: ApiError): void;
  usage(message: string, usageText: string): void;
  info(text: string): void;
}

export const createOutput = (
  json: boolean,
  stdout: (s: string) => void = (s) => process.stdout.write(s),
  stderr: (s: string) => void = (s) => process.stderr.write(s),
): Output => ({
  json,
  result(value, text) {
    stdout(json ? `${JSON.stringify(value)}\n` : `${text}\n`);
  },
  line(text) {
    stdout(`${text}\n`);
  },
  error({ code, message }) {
    if (json) stdout(`${JSON.stringify({ error: { code, message } })}\n`);
    else stderr(`error ${code}: ${message}\n`);
  },
  usage(message, usageText) {
    if (json) stdout(`${JSON.stringify({ error: { code: 'USAGE', message } })}\n`);
    stderr(`usage error: ${message}\n\n${usageText}\n`);
  },
  info(text) {
    if (!json) stderr(`${text}\n`);
  },
});
