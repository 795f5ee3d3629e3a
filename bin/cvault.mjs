#!/usr/bin/env node
// The `cvault` command: runs the bundled CLI that `npm install` (prepare) builds into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('cvault is not built yet: run `npm run build` in the CVault folder.\n');
  process.exit(2);
}
await import(cli.href);
