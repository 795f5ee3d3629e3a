import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app';

// Built to dist/main/main.mjs; dist/ holds the preload, the renderer and the core worker.
startApp({ distDir: join(dirname(fileURLToPath(import.meta.url)), '..') });
