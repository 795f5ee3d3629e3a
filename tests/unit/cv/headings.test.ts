import { describe, expect, it } from 'vitest';
import { detectHeadings } from '../../../shared/cv/heading-detect';
import { matchHeading } from '../../../shared/cv/headings';
import { bold, cvLines, heading, line, type LineInput } from './support';

describe('matchHeading', () => {
  it.each([
    ['Werkervaring', 'experience'],
    ['1. Werkervaring', 'experience'],
    ['EXPÉRIENCE PROFESSIONNELLE :', 'experience'],
    ['Experiences Professionnelles', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['— Skills —', 'skills'],
    ['■ Opleidingen', 'education'],
    ['E X P E R I E N C E', 'experience'],
    ['F O R M A T I O N', 'education'],
    ['II. Ausbildung', 'education'],
    ['Études', 'education'],
    ['Etudes', 'education'],
    ['Talenkennis', 'languages'],
    ['Langues', 'languages'],
    ['Sprachkenntnisse:', 'languages'],
    ["Centres d'intérêt", 'interests'],
    ['Persönliche Daten', 'personal'],
    ['Persoonlijke gegevens', 'personal'],
    ['Références', 'references'],
    ['Relevant Experience', 'experience'],
    ['Technische Kenntnisse', 'skills'],
    ['Education & Training', 'education'],
    ['Talen en interesses', 'languages'],
    ['Formation et diplômes', 'education'],
    ['Schulische und akademische Ausbildung', 'education'],
    ['Experience (cont.)', 'experience'],
    ['Vrijwilligerswerk', 'volunteering'],
    ['Publications', 'publications'],
  ])('%j → %s', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each([
    'I have experience in sales and marketing',
    'Ik heb ervaring met Java en Python',
    "J'ai une solide expérience en gestion",
    'Ich habe Erfahrung im Vertrieb',
    'Software Engineer',
    'Acme NV',
    'Jan Peeters',
  ])('%j is not a heading', (text) => {
    expect(matchHeading(text)).toBeUndefined();
  });

  it('marks ambiguous words as weak and "Curriculum Vitae" as a document title', () => {
    expect(matchHeading('Contact')?.weak).toBe(true);
    expect(matchHeading('Werkervaring')?.weak).toBe(false);
    expect(matchHeading('Curriculum Vitae')).toMatchObject({ kind: 'other', role: 'document' });
    expect(matchHeading('Lebenslauf')).toMatchObject({ kind: 'other', role: 'document' });
  });
});

const headingTexts = (inputs: readonly LineInput[]): string[] => {
  const lines = cvLines(inputs);
  const found = detectHeadings(lines);
  return lines.filter((_, i) => found.has(i)).map((l) => l.text);
};

describe('detectHeadings', () => {
  it('finds dictionary headings in plain text, whatever the language', () => {
    const texts = headingTexts([
      'Jan Peeters',
      'Werkervaring',
      '2019 - heden Ontwikkelaar bij Acme',
      'EXPÉRIENCE PROFESSIONNELLE :',
      'Gestion de projets',
      'Berufserfahrung',
      'Kundenbetreuung im Außendienst',
      'Skills',
      'Java, Python',
    ]);
    expect(texts).toEqual(['Werkervaring', 'EXPÉRIENCE PROFESSIONNELLE :', 'Berufserfahrung', 'Skills']);
  });

  it('does not take a sentence, a label with its value, a bullet or a dated line for a heading', () => {
    const texts = headingTexts([
      heading('Profiel'),
      'Ervaring in de zorg.',
      'Languages: English, French',
      'Sprachen: Deutsch (Muttersprache)',
      '• Skills',
      'Education 2015 - 2019',
      'Opleiding tot verpleegkundige afgerond in Gent en Brussel',
    ]);
    expect(texts).toEqual(['Profiel']);
  });

  it('needs typography (or a colon) for weak words', () => {
    expect(headingTexts(['Jan', heading('Profile'), 'Contact', 'Tools'])).toEqual(['Profile']);
    expect(headingTexts(['Jan', heading('Profile'), bold('Contact'), line('TOOLS')])).toEqual([
      'Profile',
      'Contact',
      'TOOLS',
    ]);
    expect(headingTexts(['Jan', heading('Profile'), 'Contact:'])).toEqual(['Profile', 'Contact:']);
  });

  it('accepts an unknown heading styled exactly like the known ones, not an entry title next to a date', () => {
    const texts = headingTexts([
      heading('Jan Peeters', { fontSize: 20 }),
      heading('Werkervaring'),
      'Ontwikkelaar',
      heading('Vaardigheden'),
      'Java',
      heading('Rijvaardigheid'),
      'Rijbewijs B',
      heading('Acme Corporation'),
      '2019 - 2021',
    ]);
    expect(texts).toEqual(['Werkervaring', 'Vaardigheden', 'Rijvaardigheid']);
  });

  it('keeps the large name at the top of the page out of the headings', () => {
    const texts = headingTexts([heading('Marie Dubois', { fontSize: 22 }), 'Développeuse', heading('Formation'), 'Master']);
    expect(texts).toEqual(['Formation']);
  });
});
