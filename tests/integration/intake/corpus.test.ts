import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument, TextLine } from '../../../shared/cv/document';
import { ExtractionPool } from '../../../electron/core/intake/pool';
import { bundleEntry } from '../../support/bundle';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const corpus = resolve(repoRoot, '..', 'shared', 'corpus');
const present = existsSync(corpus);

const EXPECTED_ERRORS: Record<string, string> = {
  'scorelia-edge-cases/password_protected.pdf': 'IMPORT_ENCRYPTED',
  'scorelia-edge-cases/corrupt_file.pdf': 'IMPORT_CORRUPT',
  'scorelia-edge-cases/blank_page_no_text.pdf': 'IMPORT_NO_TEXT',
  'rendercv/rendercv_test_classic_full_71pages.pdf': 'IMPORT_TOO_LARGE',
};

/** What the consultant reads for each expected failure. */
const EXPECTED_WORDING: Record<string, RegExp> = {
  IMPORT_ENCRYPTED: /protected with a password/,
  IMPORT_NO_TEXT: /looks like a scanned image/,
  IMPORT_TOO_LARGE: /71 pages; the limit is 60/,
  IMPORT_CORRUPT: /damaged|incomplete/,
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(pdf|docx)$/i.test(name) ? [relative(corpus, path)] : [];
  });

interface ManifestEntry {
  file: string;
  tags?: string;
  stats?: string;
}
const manifest = (): ManifestEntry[] => JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as ManifestEntry[];
const tagsOf = (e: ManifestEntry) => (e.tags ?? '').split(',');

/** What the corpus manifest says about pictures: tagged "photo", or no image at all. */
const manifestPhotos = (): Map<string, 'photo' | 'none' | 'unknown'> =>
  new Map(manifest().map((e) => [e.file, tagsOf(e).includes('photo') ? 'photo' : /images=0\b/.test(e.stats ?? '') ? 'none' : 'unknown']));

/** Files the manifest describes as two columns or a sidebar beside the main column. */
const columnFiles = (): string[] => manifest().filter((e) => tagsOf(e).some((t) => t === 'two-column' || t === 'sidebar')).map((e) => e.file);

/** Per page, the body lines' columns must form: full width, column 1, column 2, full width. */
const columnRuns = (lines: readonly TextLine[], page: number): string =>
  lines
    .filter((l) => l.page === page && l.region === 'body')
    .map((l) => String(l.column ?? 0))
    .join('')
    .replace(/(.)\1+/g, '$1');

describe.skipIf(!present)(`every file in ../shared/corpus${present ? '' : ' (skipped: corpus not found at ' + corpus + ')'}`, () => {
  const files = present ? walk(corpus).sort() : [];
  const photos = present ? manifestPhotos() : new Map<string, string>();
  const pool = new ExtractionPool({
    workerPath: bundleEntry('electron/core/intake/extract-worker.ts'),
    size: Math.min(4, availableParallelism()),
  });
  const results = new Map<string, Promise<ExtractedDocument>>();
  const extract = (file: string) => {
    let r = results.get(file);
    if (!r) {
      r = pool.extract(new Uint8Array(readFileSync(join(corpus, file))), { fileName: basename(file) });
      results.set(file, r);
    }
    return r;
  };
  afterAll(() => pool.close());

  it('has files to test', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of Object.keys(EXPECTED_ERRORS)) expect(files).toContain(file);
  });

  it('undoes hyphenation across lines and keeps the sidebar apart (twentyseconds-cv)', async () => {
    const doc = await extract('twentyseconds-cv/twenty-seconds_cv.pdf');
    const body = doc.lines.filter((l) => l.region === 'body');
    expect(body.some((l) => l.text.includes('Alice displays'))).toBe(true);
    // The sidebar's skills list sits in one column, uninterrupted by the timeline beside it.
    const skill = body.findIndex((l) => l.text === 'Skill');
    const sidebar = body[skill]?.column;
    expect(sidebar).toBeGreaterThan(0);
    const skills = body.slice(skill, skill + 6);
    expect(skills.map((l) => l.text)).toEqual(['Skill', 'pursuer of rabbits', 'good manners', 'outgoing', 'polite', 'Java']);
    expect(skills.every((l) => l.column === sidebar)).toBe(true);
  });

  it.each(files)('%s extracts text or fails with its expected typed error', async (file) => {
    const expected = EXPECTED_ERRORS[file];
    if (expected) {
      await expect(extract(file)).rejects.toMatchObject({ code: expected, message: EXPECTED_WORDING[expected] ?? expect.any(String) });
      return;
    }
    const doc = await extract(file);
    const body = doc.lines.filter((l) => l.region === 'body' && l.text.trim().length > 0);
    // An empty form (a Europass template with only the name filled in) has little body text; its
    // footer block is furniture.
    expect(body.length).toBeGreaterThan(2);
    expect(doc.lines.length).toBeGreaterThan(5);
    expect(doc.format).toBe(file.endsWith('.pdf') ? 'pdf' : 'docx');
    expect(doc.lines.every((l) => l.text === l.text.trim() && l.text.length > 0)).toBe(true);
    const photo = photos.get(file);
    if (photo === 'photo') expect(doc.hasPhoto).toBe(true);
    if (photo === 'none') expect(doc.hasPhoto).toBe(false);
  });

  it('knows which files have columns', () => {
    expect(columnFiles().length).toBeGreaterThanOrEqual(6);
  });

  const readable = files.filter((f) => !EXPECTED_ERRORS[f]);

  it.each(readable)('%s keeps page furniture and hyphenation out of the body text', async (file) => {
    const doc = await extract(file);
    const body = doc.lines.filter((l) => l.region === 'body');
    // Page counters ("2/4", "Page 2 of 4", "Seite 2/3") are page furniture, never CV content.
    const counters = body.filter((l) => /^(?:(?:page|seite|pagina)\s*)?\d{1,2}\s*(?:\/|of|von|van|sur)\s*\d{1,2}$/i.test(l.text));
    expect(counters.map((l) => l.text)).toEqual([]);
    // A word hyphenated at a line end is rejoined whenever the next line of its column continues it.
    const split = body.filter((l, i) => {
      const next = body[i + 1];
      return next && next.page === l.page && next.column === l.column && /\p{Ll}-$/u.test(l.text) && /^\p{Ll}/u.test(next.text);
    });
    expect(split.map((l) => l.text)).toEqual([]);
  });

  it.each(present ? columnFiles() : [])('%s reads its columns one after the other', async (file) => {
    const doc = await extract(file);
    // Page 1 has both columns, each read as one uninterrupted run, optionally below a full-width band.
    expect(columnRuns(doc.lines, 1)).toMatch(/^0?120?$/);
    for (const column of [1, 2]) expect(doc.lines.filter((l) => l.page === 1 && l.column === column).length).toBeGreaterThan(4);
    for (let page = 2; page <= doc.pageCount; page++) expect(columnRuns(doc.lines, page)).toMatch(/^0?1?2?0?$/);
    // A heading's following lines stay in its column.
    const lines = doc.lines.filter((l) => l.region === 'body');
    lines.forEach((l, i) => {
      const next = lines[i + 1];
      if (l.caps && l.fontSize > 11 && next && next.page === l.page && l.column !== 0) expect(next.column).toBe(l.column);
    });
  });
});
