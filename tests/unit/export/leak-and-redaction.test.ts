import { describe, expect, it } from 'vitest';
import { cityOf, nameCuts, nameWords } from '../../../shared/export/baseline';
import { findLeaks, leakNeedles } from '../../../shared/export/leak';
import { cutRanges, tidyAfterCut } from '../../../shared/export/redaction';
import { defaultExportFileName, sharesCsv } from '../../../shared/export/shares';

const contact = { name: 'Łukasz Nowak-Van den Broeck', emails: ['lukasz.nowak@mail.example'], phones: ['+32 475 12 34 56'], address: 'Kerkstraat 12, 9000 Gent', links: ['https://linkedin.com/in/lnowak'] };
const needles = (mode: 'blind' | 'named') => leakNeedles({ mode, contact, names: [contact.name], plan: { review: 'done', spans: [{ path: 'p', start: 0, end: 5, kind: 'special', type: 'health', text: 'Ik heb diabetes type 1' }] }, allowed: ['Gent'] });

describe('leak search', () => {
  it('finds the name whatever its case and accents, and phones digit by digit', () => {
    expect(findLeaks('Reference: LUKASZ worked here', needles('blind'))).toEqual(['name']);
    expect(findLeaks('call 0475/12.34.56', needles('blind'))).toEqual(['phone']);
    expect(findLeaks('call +32 (0)475 123 456', needles('blind'))).toEqual(['phone']);
    expect(findLeaks('Ik heb\ndiabetes type 1.', needles('named'))).toEqual(['special:health']);
    expect(findLeaks('Kerkstraat 12', needles('named'))).toEqual(['address']);
  });
  it('lets through what may stay: the city, the name in named mode, other numbers and words', () => {
    expect(findLeaks('Gent · 2015 – 2019 · 4751 2345 · Nowakowski Broecker', needles('blind'))).toEqual([]);
    expect(findLeaks('Łukasz Nowak-Van den Broeck', needles('named'))).toEqual([]);
  });
});

describe('cutting and tidying', () => {
  it('leaves no dangling separators, empty brackets or bare labels', () => {
    expect(tidyAfterCut('Java,  , Python ()')).toBe('Java, Python');
    expect(tidyAfterCut(' · Scrum · ')).toBe('Scrum');
    expect(tidyAfterCut('E-mail: ')).toBeUndefined();
    expect(tidyAfterCut(' - ; ')).toBeUndefined();
  });
  it('replaces the name in running text with the label, particles and possessive handled', () => {
    const words = nameWords(['Jan Van den Broeck']);
    const text = "Jan Van den Broeck's team; van Broeck led it. Jan is great.";
    const out = cutRanges(text, nameCuts(text, words, 'CV-1'));
    expect(out.replace(/\s+/g, ' ')).toBe(" CV-1 's team; CV-1 led it. CV-1 is great.");
    expect(nameCuts('rose to lead', nameWords(['Rose Peeters']), 'X')).toEqual([]);
  });
  it('a removal overlapping a replacement wins', () => {
    expect(cutRanges('mail jan.peeters@x.be now', [{ start: 5, end: 21 }, { start: 5, end: 8, replacement: 'CV-1' }]).replace(/\s+/g, ' ')).toBe('mail now');
  });
  it('keeps the city of an address, never the street', () => {
    expect(cityOf('Kerkstraat 12, 9000 Gent')).toBe('Gent');
    expect(cityOf('12 rue de la Paix, 75002 Paris')).toBe('Paris');
    expect(cityOf('Hauptstr. 5, D-52062 Aachen')).toBe('Aachen');
  });
});

describe('share log output', () => {
  it('default file names never carry the candidate', () => {
    expect(defaultExportFileName('CV-2026-0042', 'Meridian Talent Partners', 'pdf')).toBe('CV-2026-0042_Meridian-Talent-Partners.pdf');
  });
  it('CSV is quoted and formula-safe', () => {
    const csv = sharesCsv([{ id: 1, candidateId: 1, ref: 'CV-1', clientName: '=HYPERLINK("x")', templateId: 'classic', templateName: 'Classic', mode: 'blind', language: 'nl', format: 'pdf', consultant: 'An', at: '2026-01-01T00:00:00Z', fileName: 'a.pdf', sha256: 'a'.repeat(64), size: 1, cvVersion: 1 }]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
