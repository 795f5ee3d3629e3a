import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/intake/extract';
import { matchHeading } from '../../../shared/cv/headings';
import { structureCv } from '../../../shared/cv/structure';
import { corpusBytes, corpusManifest, corpusSkipNote, corpusPresent } from '../../support/corpus';

/** Real public CVs laid out by tools we did not write: the structure must still make sense. */
describe.skipIf(!corpusPresent)(`structured CVs from ../shared/corpus${corpusSkipNote}`, () => {
  // Files the manifest says have a text layer, no password and a CV's length; the others are the
  // intake tests' business (typed refusals).
  const stat = (f: { stats?: string }, key: string) => new RegExp(`${key}=([^;]+)`).exec(f.stats ?? '')?.[1]?.trim();
  const readable = corpusManifest().filter(
    (f) => stat(f, 'encrypted') === 'no' && Number(stat(f, 'text_chars') ?? 0) > 0 && Number(stat(f, 'pages') ?? 1) <= 60,
  );
  const ours = (lang: string) => ['nl', 'fr', 'en', 'de'].includes(lang);

  it.each(readable.map((f) => [f.file, f] as const))('%s', async (_, f) => {
    const cv = structureCv(await extractDocument(corpusBytes(f.file)));
    expect(cv.language).toBe(ours(f.lang) ? f.lang : 'other');
    expect(cv.sections.length).toBeGreaterThan(0);
    if (!ours(f.lang)) return;
    // Every section keeps at least one line of its own; nothing collapses into the header.
    expect(cv.sections.every((s) => s.lines.length > 0)).toBe(true);
    // Document titles ("Europass", "Curriculum Vitae") say nothing of the person and are not counted.
    const header = cv.header.filter((l) => matchHeading(l)?.role !== 'document');
    expect(header.length).toBeLessThan(cv.sections.reduce((n, s) => n + s.lines.length, 0));
    for (const e of cv.contact.emails) expect(e).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
  });

  it('finds a name and an e-mail address in most CVs', async () => {
    let named = 0;
    let mailed = 0;
    for (const f of readable) {
      const cv = structureCv(await extractDocument(corpusBytes(f.file)));
      if (cv.contact.name) named += 1;
      if (cv.contact.emails.length > 0) mailed += 1;
    }
    expect(named / readable.length).toBeGreaterThan(0.85);
    expect(mailed / readable.length).toBeGreaterThan(0.75);
  });
});
