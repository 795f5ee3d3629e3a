import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The public CV corpus beside the checkout; a user's clone has none, and corpus tests then skip. */
export const CORPUS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const corpusPresent = existsSync(join(CORPUS_DIR, 'manifest.json'));
export const corpusSkipNote = corpusPresent ? '' : ` (skipped: no corpus at ${CORPUS_DIR})`;

export interface CorpusFile {
  file: string;
  type: 'pdf' | 'docx';
  lang: string;
  tags?: string;
  stats?: string;
}

export const corpusManifest = (): CorpusFile[] =>
  corpusPresent ? (JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as CorpusFile[]) : [];

export const corpusBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
