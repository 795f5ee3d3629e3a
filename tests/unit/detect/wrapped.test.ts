import { describe, expect, it } from 'vitest';
import { detectCv } from '../../../shared/detect/detect';
import { nameParts } from '../../../shared/detect/names/parts';
import { cvWith, detectIn } from './helpers';

const typedIn = (lines: string[], kind: Parameters<typeof detectIn>[1]) =>
  detectIn(lines, kind)
    .filter((d) => d.kind === 'identifier' && d.type !== 'name')
    .map((d) => [d.path.replace(/^sections\.0\./, ''), d.type, d.text]);

describe('facts cut in two by a narrow column', () => {
  it('joins a phone number over two lines', () => {
    expect(typedIn(['Lander De Smet (Smals) – 0032 479', '50 41 03 – lander@smals.be'], 'references')).toEqual(
      expect.arrayContaining([
        ['lines.0', 'referee', '0032 479'],
        ['lines.1', 'referee', '50 41 03'],
      ]),
    );
  });
  it('reads a label at the end of one line with the number on the next', () => {
    expect(typedIn(['Numéro de registre national :', '840309 885 44'], 'personal')).toContainEqual(['lines.1', 'national-id', '840309 885 44']);
  });
  it('finds the birth place on the line after the date', () => {
    expect(typedIn(['Geboren am 12. November 1984 in', 'Antwerpen'], 'personal')).toContainEqual(['lines.1', 'birth-place', 'Antwerpen']);
    expect(typedIn(['Geboren op 20 oktober 1984 te', 'Kisangani'], 'personal')).toContainEqual(['lines.1', 'birth-place', 'Kisangani']);
  });
});

describe('where the name comes from', () => {
  it('does not take a job title or a label the structurer proposed for the name', () => {
    const cv = { ...cvWith([], 'profile', ['ANN - SOPHIEVANDAMME', 'Programme Manager'], 'Programme Manager') };
    const parts = nameParts(cv);
    expect(parts.cores).toContain('sophievandamme');
    expect(parts.given).not.toContain('programme');
    const ds = detectCv({ cv: { ...cv, sections: [{ kind: 'experience', title: 'Experience', lines: ['Programme Manager at Proximus'] }] } });
    expect(ds.filter((d) => d.path.startsWith('sections.') && d.type === 'name')).toEqual([]);
  });
  it('reads letter-spaced names with hyphens', () => {
    const cv = cvWith([], 'profile', ['A N N - S O P H I E   V A N   D A M M E'], '');
    expect(nameParts({ ...cv, contact: { emails: [], phones: [], links: [] } }).cores).toEqual(['damme']);
  });
});
