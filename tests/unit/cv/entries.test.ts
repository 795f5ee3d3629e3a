import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../../shared/cv/model';
import { splitEntries } from '../../../shared/cv/entries';
import { documentStyle } from '../../../shared/cv/typography';
import { bold, cvLines, line, type LineInput } from './support';

const entries = (kind: SectionKind, inputs: readonly LineInput[]) => {
  const lines = cvLines(inputs);
  return splitEntries(kind, lines, documentStyle(lines));
};

const heads = (kind: SectionKind, inputs: readonly LineInput[]) =>
  (entries(kind, inputs) ?? []).map(({ title, organisation, location, period }) => ({
    title,
    organisation,
    location,
    from: period?.from,
    to: period?.to,
    current: period?.current,
  }));

describe('splitEntries: experience', () => {
  it('date-first layout (NL): each entry starts at its date', () => {
    const result = entries('experience', [
      '2019 - heden',
      'Projectleider bij Bouwbedrijf Janssens NV',
      '• Opvolging van werven',
      '• Budgetbeheer',
      '2015 - 2019',
      'Werfleider bij Aannemer Peeters BV',
      '• Planning van ploegen',
    ]);
    expect(result?.map((e) => [e.title, e.organisation, e.period?.from?.year, e.period?.current])).toEqual([
      ['Projectleider', 'Bouwbedrijf Janssens NV', 2019, true],
      ['Werfleider', 'Aannemer Peeters BV', 2015, false],
    ]);
    expect(result?.[0]?.bullets).toEqual(['Opvolging van werven', 'Budgetbeheer']);
    expect(result?.[1]?.bullets).toEqual(['Planning van ploegen']);
  });

  it('title-first layout (EN): the bold head lines above a date belong to its entry', () => {
    const result = heads('experience', [
      bold('Senior Software Engineer'),
      'Acme Corporation, London',
      'Jan 2020 – present',
      '• Led a team of five developers',
      bold('Software Developer'),
      'Globex Ltd, Manchester',
      'Sep 2016 – Dec 2019',
      '• Built the billing platform',
    ]);
    expect(result).toEqual([
      {
        title: 'Senior Software Engineer',
        organisation: 'Acme Corporation',
        location: 'London',
        from: { year: 2020, month: 1 },
        to: undefined,
        current: true,
      },
      {
        title: 'Software Developer',
        organisation: 'Globex Ltd',
        location: 'Manchester',
        from: { year: 2016, month: 9 },
        to: { year: 2019, month: 12 },
        current: false,
      },
    ]);
  });

  it('"Title at Company" and "Title | Company, City | dates" on one line', () => {
    expect(heads('experience', ['Data Analyst at Initech, Brussels', 'March 2018 - June 2020'])[0]).toMatchObject({
      title: 'Data Analyst',
      organisation: 'Initech',
      location: 'Brussels',
    });
    expect(heads('experience', ['Chef de projet | Société Générale, Paris | sept. 2018 à aujourd’hui'])[0]).toMatchObject({
      title: 'Chef de projet',
      organisation: 'Société Générale',
      location: 'Paris',
      from: { year: 2018, month: 9 },
      current: true,
    });
    expect(heads('experience', ['Softwareentwickler bei Siemens AG, München', 'seit 07/2021'])[0]).toMatchObject({
      title: 'Softwareentwickler',
      organisation: 'Siemens AG',
      location: 'München',
      from: { year: 2021, month: 7 },
      current: true,
    });
  });

  it('"Title, Employer — City   dates" on one line, and "Title, Employer, City" in a table row', () => {
    expect(heads('experience', [bold('Junior Developer, Sky — Leeds   Jun 2017 – Dec 2019')])[0]).toMatchObject({
      title: 'Junior Developer',
      organisation: 'Sky',
      location: 'Leeds',
      from: { year: 2017, month: 6 },
    });
    const row = line('', { block: 'table-row', cells: ['09/2014 – 09/2018', 'Beraterin, Accenture, Frankfurt am Main'] });
    expect(heads('experience', [row])[0]).toMatchObject({
      title: 'Beraterin',
      organisation: 'Accenture',
      location: 'Frankfurt am Main',
    });
  });

  it('keeps a city and its country together as the place', () => {
    expect(heads('experience', ['Developer | Acme Corp | Brussels, Belgium | 2019 - 2021'])[0]).toMatchObject({
      title: 'Developer',
      organisation: 'Acme Corp',
      location: 'Brussels, Belgium',
    });
  });

  it('joins lines a PDF wrapped back into their bullet, but not separate bullets or sentences', () => {
    const result = entries('experience', [
      '2018 - 2020',
      'Consultant chez Capgemini',
      '• Mise en place d’un outil de suivi des',
      'demandes clients pour trois équipes',
      '• Formation des utilisateurs',
      'Travail en équipe agile.',
      'Réunions hebdomadaires avec le client.',
    ]);
    expect(result?.[0]?.bullets).toEqual([
      'Mise en place d’un outil de suivi des demandes clients pour trois équipes',
      'Formation des utilisateurs',
      'Travail en équipe agile.',
      'Réunions hebdomadaires avec le client.',
    ]);
  });

  it('in a PDF, joins a capitalised continuation only to a bullet line that ran to the margin', () => {
    const at = (text: string, x: number, width: number, bullet = false) =>
      line(bullet ? `• ${text}` : text, { x, width, y: 0 });
    const result = entries('experience', [
      at('2015 - 2019', 50, 60),
      at('Berater bei Deloitte GmbH', 50, 140),
      at('Einführung eines neuen Ticketsystems für die', 50, 450, true),
      at('IT-Abteilung in Frankfurt', 62, 130),
      at('Schulung der Anwender', 50, 120, true),
      at('Teamarbeit im agilen Umfeld', 62, 150),
    ]);
    expect(result?.[0]?.bullets).toEqual([
      'Einführung eines neuen Ticketsystems für die IT-Abteilung in Frankfurt',
      'Schulung der Anwender',
      'Teamarbeit im agilen Umfeld',
    ]);
  });

  it('reads a short plain line after a complete head as the description, not as part of the head', () => {
    const result = entries('experience', [
      '2019 - heden',
      'Projectleider bij Bouwbedrijf Janssens NV',
      'Opvolging van de werven',
      'Budgetbeheer en planning',
    ]);
    expect(result?.[0]).toMatchObject({ title: 'Projectleider', organisation: 'Bouwbedrijf Janssens NV' });
    expect(result?.[0]?.bullets).toEqual(['Opvolging van de werven', 'Budgetbeheer en planning']);
    const row = (cells: string[]) => line('', { block: 'table-row', cells });
    const docx = entries('experience', [
      row(['10/2018 – heute', 'Projektleiterin, Bosch GmbH, Stuttgart']),
      row(['', 'Leitung von IT-Projekten']),
    ]);
    expect(docx?.[0]).toMatchObject({ title: 'Projektleiterin', organisation: 'Bosch GmbH', location: 'Stuttgart' });
    expect(docx?.[0]?.bullets).toEqual(['Leitung von IT-Projekten']);
  });

  it('still reads employer and place on the lines after the title', () => {
    expect(heads('experience', ['2016 - 2019', 'Comptable', 'Fiduciaire Dupont SA', 'Namur'])[0]).toMatchObject({
      title: 'Comptable',
      organisation: 'Fiduciaire Dupont SA',
    });
  });

  it('keeps every line of an entry, so nothing is lost', () => {
    const result = entries('experience', ['2019 - 2021', 'Verkäufer', 'Kaufhof GmbH', 'Beratung und Verkauf im Einzelhandel.']);
    expect(result?.[0]?.lines).toEqual(['2019 - 2021', 'Verkäufer', 'Kaufhof GmbH', 'Beratung und Verkauf im Einzelhandel.']);
    expect(result?.[0]).toMatchObject({ title: 'Verkäufer', organisation: 'Kaufhof GmbH' });
  });

  it('does not split at a year mentioned inside a bullet or a sentence', () => {
    const result = entries('experience', [
      '2016 - 2022',
      'Accountmanager bij Telenet',
      '• Omzet in 2019 met 20% verhoogd',
      'In 2018 verkozen tot beste verkoper van de regio Antwerpen en omgeving, met dank aan het team.',
    ]);
    expect(result).toHaveLength(1);
  });
});

describe('splitEntries: education', () => {
  it('tells the degree from the school, in four languages', () => {
    expect(heads('education', ['2012 - 2016', 'Master in de Rechten, Universiteit Gent'])[0]).toMatchObject({
      title: 'Master in de Rechten',
      organisation: 'Universiteit Gent',
    });
    expect(heads('education', ['Université Libre de Bruxelles', 'Master en droit', '2010 – 2015'])[0]).toMatchObject({
      title: 'Master en droit',
      organisation: 'Université Libre de Bruxelles',
    });
    expect(heads('education', ['Bachelor of Science in Computer Science', 'University of Leeds', '2008 - 2011'])[0]).toMatchObject({
      title: 'Bachelor of Science in Computer Science',
      organisation: 'University of Leeds',
    });
    expect(heads('education', ['10/2014 – 09/2017', 'Technische Universität München', 'B.Sc. Informatik'])[0]).toMatchObject({
      title: 'B.Sc. Informatik',
      organisation: 'Technische Universität München',
      from: { year: 2014, month: 10 },
      to: { year: 2017, month: 9 },
    });
  });

  it('keeps a degree with a comma whole, and does not take a note under the school for its place', () => {
    expect(heads('education', ['2010 - 2014', 'B.A. BWL, Schwerpunkt Steuern', 'Universität zu Köln'])[0]).toMatchObject({
      title: 'B.A. BWL, Schwerpunkt Steuern',
      organisation: 'Universität zu Köln',
    });
    expect(heads('education', ['2012 - 2016', 'Master Handelswetenschappen', 'KU Leuven, Leuven', 'Met Onderscheiding'])[0]).toMatchObject({
      title: 'Master Handelswetenschappen',
      location: 'Leuven',
    });
  });
});

describe('splitEntries: when not to', () => {
  it('leaves sections without dates, and kinds without entries, alone', () => {
    expect(entries('experience', ['Projectleider bij Janssens', 'Werfleider bij Peeters'])).toBeUndefined();
    expect(entries('skills', ['2019 - 2021', 'Java'])).toBeUndefined();
    expect(entries('languages', ['Nederlands: moedertaal'])).toBeUndefined();
    expect(entries('experience', [])).toBeUndefined();
  });

  it('does not anchor on a dated bullet', () => {
    expect(entries('experience', ['Projectleider', line('2019 - 2021 Project X', { block: 'list-item' })])).toBeUndefined();
  });
});
