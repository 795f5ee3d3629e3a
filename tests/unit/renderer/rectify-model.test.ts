import { describe, expect, it } from 'vitest';
import { StructuredCv, type CvEntry } from '../../../shared/cv/model';
import { lineAccounted } from '../../../shared/export/redaction';
import { alignLists, correctLine, cvFromDraft } from '../../../renderer/src/pages/rectify/rectify-build';
import { draftChanged, draftFromCv, splitLines, updateEntry, updateSection, type CvDraft } from '../../../renderer/src/pages/rectify/rectify-draft';
import { isEmail, isPhone, validateDraft } from '../../../renderer/src/pages/rectify/rectify-validate';

const entry: CvEntry = {
  title: 'Warehouse Coordinator',
  organisation: 'Noordhaven Logistics',
  period: { from: { year: 2019, month: 3 }, to: { year: 2022, month: 6 }, current: false, text: 'Mar 2019 – Jun 2022' },
  location: 'Antwerp',
  bullets: ['Planned inbound freight for twelve docks', 'Trained new forklift drivers across three shifts'],
  lines: [
    'Warehouse Coordinator — Noordhaven Logistics',
    'Mar 2019 – Jun 2022 | Antwerp',
    '• Planned inbound freight for twelve docks',
    '• Trained new forklift drivers',
    'across three shifts',
    'Reference available on request',
  ],
};

const cv: StructuredCv = StructuredCv.parse({
  schemaVersion: 1,
  language: 'en',
  header: ['ANNELIES VERHOEVEN', 'annelies.verhoeven@example.com | +32 470 12 34 56', 'Kerkstraat 5, 2000 Antwerpen'],
  sections: [
    { kind: 'profile', title: 'Profile', lines: ['Annelies Verhoeven is a logistics coordinator.'] },
    { kind: 'experience', title: 'Experience', lines: [...entry.lines], entries: [entry] },
  ],
  contact: {
    name: 'Annelies Verhoeven',
    emails: ['annelies.verhoeven@example.com'],
    phones: ['+32 470 12 34 56'],
    address: 'Kerkstraat 5, 2000 Antwerpen',
    links: [],
  },
  furniture: ['Annelies Verhoeven — CV'],
  hasPhoto: false,
});

const edit = (change: (d: CvDraft) => CvDraft): StructuredCv => StructuredCv.parse(cvFromDraft(cv, change(draftFromCv(cv))));

describe('the correction draft', () => {
  it('starts as the CV and reports no change until something is edited', () => {
    const d = draftFromCv(cv);
    expect(d.name).toBe('Annelies Verhoeven');
    expect(d.sections[1]?.entries[0]?.bullets).toBe(entry.bullets.join('\n'));
    expect(d.sections[1]?.entries[0]?.period).toBe('Mar 2019 – Jun 2022');
    expect(draftChanged(cv, d)).toBe(false);
    expect(draftChanged(cv, { ...d, name: 'Annelies Verhoeven-Smit' })).toBe(true);
    expect(draftChanged(cv, updateSection(d, 0, { title: 'Summary' }))).toBe(true);
  });

  it('splits textarea text into lines without blank or padded ones', () => {
    expect(splitLines('  one \n\n two\r\nthree  \n')).toEqual(['one', 'two', 'three']);
  });

  it('leaves an unchanged CV as it was', () => {
    expect(cvFromDraft(cv, draftFromCv(cv))).toEqual(cv);
  });
});

describe('validation', () => {
  it('accepts e-mail addresses and refuses what is not one', () => {
    expect(isEmail('jan.peeters+cv@example.be')).toBe(true);
    expect(isEmail('élodie.dubois@exemple.fr')).toBe(true);
    for (const bad of ['jan.peeters', 'jan@', 'jan @example.be', 'jan@example', '@example.be']) expect(isEmail(bad), bad).toBe(false);
  });

  it('accepts phone numbers as written and refuses words or too few digits', () => {
    for (const ok of ['+32 470 12 34 56', '0470/12.34.56', '(030) 123-4567', '+49 30 1234567']) expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['call me', '12345', '+32 470 12 34 56 ext. 4', '1234567890123456']) expect(isPhone(bad), bad).toBe(false);
  });

  it('flags invalid and duplicate rows by position, and ignores empty rows', () => {
    const d: CvDraft = { ...draftFromCv(cv), emails: ['a@example.com', 'nope', '', 'A@example.com'], phones: ['+32 470 12 34 56', 'x'] };
    expect(validateDraft(d)).toEqual({ 'emails.1': 'email', 'emails.3': 'duplicate', 'phones.1': 'phone' });
    expect(validateDraft(draftFromCv(cv))).toEqual({});
  });
});

describe('pairing an edited list with the old one', () => {
  it('pairs an edited item with the one it replaced', () => {
    expect(alignLists(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([{ from: 'b', to: 'B' }]);
  });

  it('treats a removed item in the middle as removed, not as the next one renamed', () => {
    expect(alignLists(['a', 'b', 'c'], ['a', 'c'])).toEqual([{ from: 'b', to: '' }]);
  });

  it('ignores added items and unchanged lists', () => {
    expect(alignLists(['a'], ['a', 'z'])).toEqual([]);
    expect(alignLists(['a', 'b'], ['a', 'b'])).toEqual([]);
  });
});

describe('correcting a line of CV text', () => {
  it('replaces whole words only, keeping capitals as written', () => {
    expect(correctLine('ANNELIES VERHOEVEN', [{ from: 'Annelies Verhoeven', to: 'Annelies Smit' }])).toBe('ANNELIES SMIT');
    expect(correctLine('Worked in Hamburg', [{ from: 'Ham', to: 'Ghent' }])).toBe('Worked in Hamburg');
  });

  it('tidies what a removal leaves and drops a line left empty', () => {
    expect(correctLine('a@example.com | +32 470 12 34 56', [{ from: 'a@example.com', to: '' }])).toBe('+32 470 12 34 56');
    expect(correctLine('• Old bullet text', [{ from: 'Old bullet text', to: '' }])).toBeUndefined();
  });
});

describe('the corrected CV', () => {
  it('carries a corrected name and e-mail into the header, the text and the running headers', () => {
    const out = edit((d) => ({ ...d, name: 'Annelies Smit', emails: ['a.smit@example.org'] }));
    expect(out.contact).toMatchObject({ name: 'Annelies Smit', emails: ['a.smit@example.org'] });
    expect(out.header).toEqual(['ANNELIES SMIT', 'a.smit@example.org | +32 470 12 34 56', 'Kerkstraat 5, 2000 Antwerpen']);
    expect(out.sections[0]?.lines).toEqual(['Annelies Smit is a logistics coordinator.']);
    expect(out.furniture).toEqual(['Annelies Smit — CV']);
    expect(JSON.stringify(out)).not.toContain('Verhoeven');
  });

  it('drops removed contact details from the text and trims and dedupes the lists', () => {
    const out = edit((d) => ({ ...d, phones: [], emails: [' annelies.verhoeven@example.com ', 'ANNELIES.VERHOEVEN@example.com', ''], address: '' }));
    expect(out.contact.phones).toEqual([]);
    expect(out.contact.emails).toEqual(['annelies.verhoeven@example.com']);
    expect(out.contact.address).toBeUndefined();
    expect(out.header).toEqual(['ANNELIES VERHOEVEN', 'annelies.verhoeven@example.com']);
  });

  it('corrects a bullet in the entry and in its raw lines, so no old wording is left over', () => {
    const out = edit((d) =>
      updateEntry(d, 1, 0, { bullets: ['Planned inbound freight for fourteen docks', 'Trained new forklift drivers across three shifts'].join('\n') }),
    );
    const e = out.sections[1]?.entries?.[0];
    expect(e?.bullets).toEqual(['Planned inbound freight for fourteen docks', 'Trained new forklift drivers across three shifts']);
    expect(e?.lines).toContain('• Planned inbound freight for fourteen docks');
    expect(JSON.stringify(out)).not.toContain('twelve');
    // Lines no field accounts for stay, as the export prints them.
    expect(e?.lines).toContain('Reference available on request');
    expect(out.sections[1]?.lines).toEqual(e?.lines);
  });

  it('drops raw lines of a rewritten wrapped bullet, which would otherwise print beside the new one', () => {
    const out = edit((d) => updateEntry(d, 1, 0, { bullets: 'Planned inbound freight for twelve docks\nCoached new drivers on every shift' }));
    const e = out.sections[1]?.entries?.[0];
    expect(e?.lines).not.toContain('• Trained new forklift drivers');
    expect(e?.lines).not.toContain('across three shifts');
    for (const line of e?.lines ?? []) if (line !== 'Reference available on request' && e) expect(lineAccounted(e, line), line).toBe(true);
  });

  it('re-reads an edited period and keeps unrecognised wording as text', () => {
    const parsed = edit((d) => updateEntry(d, 1, 0, { period: 'Mar 2019 – Jun 2023' })).sections[1]?.entries?.[0];
    expect(parsed?.period).toMatchObject({ from: { year: 2019, month: 3 }, to: { year: 2023, month: 6 }, text: 'Mar 2019 – Jun 2023' });
    expect(parsed?.lines).toContain('Mar 2019 – Jun 2023 | Antwerp');
    const free = edit((d) => updateEntry(d, 1, 0, { period: 'about four years' })).sections[1]?.entries?.[0];
    expect(free?.period).toEqual({ current: false, text: 'about four years' });
    const none = edit((d) => updateEntry(d, 1, 0, { period: '', location: '' })).sections[1]?.entries?.[0];
    expect(none?.period).toBeUndefined();
    expect(none?.location).toBeUndefined();
  });

  it('takes edited section titles and lines as typed', () => {
    const out = edit((d) => updateSection(d, 0, { title: 'Summary', lines: 'First line\n\n  Second line ' }));
    expect(out.sections[0]).toEqual({ kind: 'profile', title: 'Summary', lines: ['First line', 'Second line'] });
  });
});
