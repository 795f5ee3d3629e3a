import { UsageError } from './errors';

/** Reads a line without echoing it (TTY), or the first line of piped stdin. */
export const readSecret = async (question: string): Promise<string> => {
  const stdin = process.stdin;
  if (!stdin.isTTY) return readPipedLine();
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UsageError('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
      return undefined;
    };
    stdin.on('data', onData);
  });
};

let piped: string[] | undefined;

const readPipedLine = async (): Promise<string> => {
  if (!piped) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    piped = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  }
  const line = piped.shift();
  if (line === undefined || line === '')
    throw new UsageError('No passphrase: set CVAULT_PASSPHRASE or run the command in a terminal.');
  return line;
};

/** CVAULT_PASSPHRASE wins; otherwise ask. */
export const passphraseFromEnvOrPrompt = (env: string, question: string): Promise<string> => {
  const fromEnv = process.env[env];
  return fromEnv ? Promise.resolve(fromEnv) : readSecret(question);
};
