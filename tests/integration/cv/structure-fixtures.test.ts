import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSet, type Fixture } from '../../fixtures';
import { expectEntries, expectSectionLines, text } from './expect-structure';
import { extractDocument } from '../../../electron/core/intake/extract';
import { structureCv } from '../../../shared/cv/structure';
import type { StructuredCv } from '../../../shared/cv/model';

/**
 * Generated CVs in four languages and seven layouts, each with its ground truth: what a recruiter
 * sees on the candidate page must match what the file says.
 */
const results = new Map<string, { fixture: Fixture; cv: StructuredCv }>();

beforeAll(async () => {
  for (const fixture of await fixtureSet()) {
    results.set(fixture.name, { fixture, cv: structureCv(await extractDocument(fixture.bytes)) });
  }
}, 120_000);

const cases = () => [...results.values()];

describe('structured CV from generated fixtures', () => {
  it('covers every language and layout', () => {
    expect(results.size).toBe(28);
    expect(new Set(cases().map((c) => c.fixture.language))).toEqual(new Set(['nl', 'fr', 'en', 'de']));
  });

  it('detects the language of every CV', () => {
    for (const { fixture, cv } of cases()) expect(cv.language, fixture.name).toBe(fixture.language);
  });

  it('finds every section, with its kind, in reading order', () => {
    for (const { fixture, cv } of cases()) {
      expect(cv.sections.map((s) => s.kind), fixture.name).toEqual(fixture.truth.sections.map((s) => s.kind));
    }
  });

  it('keeps every line of a section inside that section', () => {
    for (const { fixture, cv } of cases()) expectSectionLines(fixture, cv);
  });

  it('splits experience and education into entries with title, organisation, place and period', () => {
    for (const { fixture, cv } of cases()) expectEntries(fixture, cv, true);
  });

  it('extracts the candidate’s own contact details, not the referees’', () => {
    for (const { fixture, cv } of cases()) {
      const want = fixture.truth.contact;
      expect(cv.contact.name, fixture.name).toBe(want.name);
      expect(cv.contact.emails, fixture.name).toEqual([...new Set(want.emails)]);
      expect(cv.contact.phones, fixture.name).toEqual(want.phones);
      expect(text(cv.contact.address), fixture.name).toBe(text(want.address));
      expect(cv.contact.links, fixture.name).toEqual(want.links);
    }
  });

  it('sets running headers and footers apart from the content', () => {
    for (const { fixture, cv } of cases()) {
      const body = text([...cv.header, ...cv.sections.flatMap((s) => s.lines)].join(' '));
      for (const line of new Set(fixture.truth.furniture)) {
        expect(cv.furniture.map(text), fixture.name).toContain(text(line));
        expect(body, fixture.name).not.toContain(text(line));
      }
    }
  });
});
