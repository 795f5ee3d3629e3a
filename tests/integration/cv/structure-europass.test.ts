import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/intake/extract';
import type { StructuredCv } from '../../../shared/cv/model';
import { structureCv } from '../../../shared/cv/structure';
import { fixtureSet, squash, type Fixture } from '../../fixtures';

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

const text = (s: string | undefined) => squash(s ?? '');
const words = (s: string | undefined) => text((s ?? '').replace(/(^|\s)[–—•-](?=\s)/g, ' '));

describe('Europass-style label/value CVs', () => {
  it('covers four languages', () => {
    expect(runs).toHaveLength(12);
    expect(new Set(runs.map((r) => r.fixture.language))).toEqual(new Set(['nl', 'fr', 'en', 'de']));
  });

  it('finds every section, in order, with all of its lines', () => {
    for (const { fixture, cv } of runs) {
      expect(cv.sections.map((s) => s.kind), fixture.name).toEqual(fixture.truth.sections.map((s) => s.kind));
      fixture.truth.sections.forEach((truth, i) => {
        const got = words(cv.sections[i]?.lines.join(' '));
        for (const line of truth.lines) expect(got, `${fixture.name} ${truth.kind}`).toContain(words(line));
      });
    }
  });

  it('keeps each period with its own entry', () => {
    for (const { fixture, cv } of runs) {
      fixture.truth.sections.forEach((truth, i) => {
        if (!truth.entries) return;
        const entries = cv.sections[i]?.entries ?? [];
        expect(entries.length, `${fixture.name} ${truth.kind}`).toBe(truth.entries.length);
        truth.entries.forEach((want, j) => {
          const got = entries[j];
          const where = `${fixture.name} ${truth.kind}[${j}]`;
          expect(text(got?.title), where).toBe(text(want.title));
          expect(text(got?.organisation), where).toBe(text(want.organisation));
          expect(got?.period?.from, where).toEqual(want.period.from);
          if (!want.period.current) expect(got?.period?.to, where).toEqual(want.period.to);
        });
      });
    }
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
