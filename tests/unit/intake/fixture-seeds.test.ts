import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/cv/document';
import { extractDocument } from '../../../electron/core/intake/extract';
import { fixtureSet, type Fixture } from '../../fixtures';
import { asRead, bodyOf, fold, lineIndex, mixedLines, outOfOrder, truthTexts } from './support/truth-text';

/**
 * The extraction checks of fixture-extraction.test.ts (seed 1) on further seeds: new personas,
 * names and section lengths move text to places no single seed covers (a hyphenated
 * letter-spaced name, two columns whose first rows happen to line up like a table). The checks
 * are about reading, never about a seed's wording.
 */
describe.each([2, 3, 4, 5])('extraction of the fixture set with seed %i', (seed) => {
  let fixtures: Fixture[] = [];
  const docs = new Map<string, ExtractedDocument>();

  beforeAll(async () => {
    fixtures = await fixtureSet({ seed });
    for (const f of fixtures) docs.set(f.name, await extractDocument(f.bytes, undefined, { fileName: f.name }));
  }, 120_000);

  const docOf = (f: Fixture) => docs.get(f.name) as ExtractedDocument;

  it('reads every header and section line whole, in the truth order', () => {
    const failures = fixtures.flatMap((f) => outOfOrder(bodyOf(docOf(f)), truthTexts(f.truth)).map((t) => `${f.name}: "${t}"`));
    expect(failures).toEqual([]);
  });

  it('never reads text of two sections (or the header and a section) into one line', () => {
    const failures = fixtures.flatMap((f) => mixedLines(docOf(f), f.truth).map((t) => `${f.name}: "${t}"`));
    expect(failures).toEqual([]);
  });

  it('gives PDF columns their numbers on the first page: header full width, left 1, right 2', () => {
    const failures: string[] = [];
    for (const f of fixtures.filter((x) => x.layout === 'sidebar-left' || x.layout === 'two-column')) {
      const body = bodyOf(docOf(f));
      for (const h of f.truth.header) {
        const line = body[lineIndex(body, h)];
        if (line?.column !== 0) failures.push(`${f.name}: header "${h}" in column ${line?.column}`);
      }
      for (const s of f.truth.sections) {
        // A heading is a line of its own ("FORMATIONS", not the one in "INFORMATIONS PERSONNELLES").
        const own = body.findIndex((l) => fold(l.text) === fold(asRead(s.title)));
        const heading = body[own >= 0 ? own : lineIndex(body, s.title)];
        const want = s.column === 'left' ? 1 : 2;
        if (heading?.page === 1 && heading.column !== want) failures.push(`${f.name}: "${s.title}" in column ${heading.column}, not ${want}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('rejoins a letter-spaced name into its words, hyphens kept inside them', () => {
    for (const f of fixtures.filter((x) => /^\p{L}(?: {1,2}[\p{L}-]){2,}$/u.test(x.truth.header[0] ?? ''))) {
      const name = f.truth.header[0] as string;
      expect(bodyOf(docOf(f))[0]?.text, f.name).toBe(asRead(name));
    }
  });
});
