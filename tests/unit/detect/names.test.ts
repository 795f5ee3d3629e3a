import { describe, expect, it } from 'vitest';
import { detectCv } from '../../../shared/detect/detect';
import { nameParts } from '../../../shared/detect/names/parts';
import { cvWith, detectIn, texts } from './helpers';

const names = (lines: string[], name = 'Jan Peeters') => texts(detectIn(lines, 'profile', name), 'name');

describe('name parts', () => {
  it('split given names from particle and compound surnames', () => {
    const p = nameParts(cvWith([], 'profile', ['Jan Van den Broeck'], 'Jan Van den Broeck'));
    expect(p.given).toEqual(['jan']);
    expect(p.surnames).toEqual([['van', 'den', 'broeck']]);
    expect(p.cores).toEqual(['broeck']);
    const q = nameParts(cvWith([], 'profile', ['PEETERS Anne-Sophie'], 'PEETERS Anne-Sophie'));
    expect(q.cores).toEqual(['peeters']);
    expect(q.given).toEqual(expect.arrayContaining(['anne-sophie', 'anne', 'sophie']));
  });
  it('come from an e-mail local part when the CV names nobody, and ignore generic mailboxes', () => {
    const cv = { ...cvWith([], 'profile', ['Developer'], ''), contact: { emails: ['fatima.elamrani@mail.com', 'info@acme.be'], phones: [], links: [] } };
    expect(nameParts(cv).given).toEqual(['fatima']);
  });
  it('read a letter-spaced header line', () => {
    const cv = { ...cvWith([], 'profile', ['J A N   P E E T E R S'], ''), contact: { emails: [], phones: [], links: [] } };
    expect(nameParts(cv).cores).toEqual(['peeters']);
  });
  it('ignore word-processor authors in document properties', () => {
    const cv = cvWith([], 'profile', ['Jan Peeters'], 'Jan Peeters');
    expect(nameParts(cv, { author: 'Microsoft Office User' }).given).toEqual(['jan']);
    expect(nameParts(cv, { author: 'Els Janssens' }).given).toEqual(['jan']);
  });
});

describe('the candidate name everywhere', () => {
  it.each([
    ['en', 'Jan is a driven engineer.', ['Jan']],
    ['nl', 'Jan werkt graag in teamverband.', ['Jan']],
    ['fr', "Jan est un ingénieur motivé.", ['Jan']],
    ['de', 'Jan ist ein engagierter Ingenieur.', ['Jan']],
    ['possessive', "Jan's main strength is testing.", ["Jan's"]],
    ['initials', 'Reference letter for J. Peeters attached.', ['J. Peeters']],
    ['caps', 'JAN PEETERS – CURRICULUM VITAE', ['JAN PEETERS']],
    ['reversed', 'Peeters, Jan', ['Peeters, Jan']],
    ['accent-insensitive', 'Jàn Péeters', ['Jàn Péeters']],
  ])('%s', (_l, line, expected) => expect(names([line])).toEqual(expected));

  it('finds particle surnames whole and by their core', () => {
    expect(names(['Ir. Van den Broeck leidde het project.', 'Broeck heeft ervaring.'], 'Jan Van den Broeck')).toEqual(['Ir. Van den Broeck', 'Broeck']);
    expect(names(['Contact: Fatima El Amrani'], 'Fatima El Amrani')).toEqual(['Fatima El Amrani']);
  });

  it('finds the name inside URL slugs and e-mail local parts not otherwise detected', () => {
    expect(names(['Project site: www.peeters-consulting.be/jan'])).toEqual(['peeters', 'jan']);
  });

  it('does not take month names, saints or common words for the given name', () => {
    expect(names(['Jan 2019 – Mar 2021: consultant'])).toEqual([]);
    expect(names(['Verpleegkundige in AZ Sint-Jan Brugge'])).toEqual([]);
    expect(names(['Mark the tickets as done'], 'Mark Janssens')).toEqual([]);
    expect(names(['Deployed Christian values based charity site'], 'Christian Martin')).toEqual([]);
    expect(names(['The peeters parameter is lower case here'])).toEqual([]);
  });

  it('marks the name inside an e-mail once, as the e-mail', () => {
    const ds = detectCv({ cv: cvWith(['Mail: jan.peeters@example.com'], 'personal') }).filter((d) => d.path.startsWith('sections.'));
    expect(ds.map((d) => [d.type, d.text])).toEqual([['email', 'jan.peeters@example.com']]);
  });
});
