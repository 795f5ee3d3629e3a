import { expect } from 'vitest';
import type { StructuredCv } from '../../../shared/cv/model';
import { squash, type Fixture } from '../../fixtures';

export const text = (s: string | undefined): string => squash(s ?? '');
// A dash that wrapped to the start of a line reads as a bullet and is dropped, like any bullet glyph.
export const words = (s: string | undefined): string => text((s ?? '').replace(/(^|\s)[–—•-](?=\s)/g, ' '));

/** Every truth section's lines inside the section found at the same place. */
export const expectSectionLines = (fixture: Fixture, cv: StructuredCv): void => {
  fixture.truth.sections.forEach((truth, i) => {
    const got = words(cv.sections[i]?.lines.join(' '));
    for (const line of truth.lines) expect(got, `${fixture.name} ${truth.kind}`).toContain(words(line));
  });
};

/** Experience and education entries as the file states them: title, organisation, period; with `full`, place and bullets too. */
export const expectEntries = (fixture: Fixture, cv: StructuredCv, full: boolean): void => {
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
      expect(got?.period?.current, where).toBe(want.period.current);
      if (!want.period.current) expect(got?.period?.to, where).toEqual(want.period.to);
      if (!full) return;
      expect(text(got?.location), where).toBe(text(want.location));
      for (const bullet of want.bullets) expect(text(got?.bullets.join(' ')), where).toContain(text(bullet));
    });
  });
};
