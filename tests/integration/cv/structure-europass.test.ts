import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/intake/extract';
import type { StructuredCv } from '../../../shared/cv/model';
import { structureCv } from '../../../shared/cv/structure';
import { fixtureSet, type Fixture } from '../../fixtures';
import { expectEntries, expectSectionLines } from './expect-structure';

/**
 * Europass-style CVs (labels and dates in a narrow left column, on the baselines of the values)
 * in four languages over three seeds: every date stays with its job and every section keeps its
 * content, which a column-by-column reading would tear apart.
 */
const runs: { fixture: Fixture; cv: StructuredCv }[] = [];

beforeAll(async () => {
  for (const seed of [1, 2, 3]) {
    for (const fixture of await fixtureSet({ seed, pdfLayouts: ['europass'], docxVariants: [] })) {
      runs.push({ fixture, cv: structureCv(await extractDocument(fixture.bytes)) });
    }
  }
}, 120_000);


describe('Europass-style label/value CVs', () => {
  it('covers four languages', () => {
    expect(runs).toHaveLength(12);
    expect(new Set(runs.map((r) => r.fixture.language))).toEqual(new Set(['nl', 'fr', 'en', 'de']));
  });

  it('finds every section, in order, with all of its lines', () => {
    for (const { fixture, cv } of runs) {
      expect(cv.sections.map((s) => s.kind), fixture.name).toEqual(fixture.truth.sections.map((s) => s.kind));
      expectSectionLines(fixture, cv);
    }
  });

  it('keeps each period with its own entry', () => {
    for (const { fixture, cv } of runs) expectEntries(fixture, cv, false);
  });

  it('reads the name and contact details from the top of the form', () => {
    for (const { fixture, cv } of runs) {
      const want = fixture.truth.contact;
      expect(cv.contact.name, fixture.name).toBe(want.name);
      expect(cv.contact.phones, fixture.name).toEqual(want.phones);
      expect(cv.contact.emails, fixture.name).toEqual([...new Set(want.emails)]);
    }
  });
});
