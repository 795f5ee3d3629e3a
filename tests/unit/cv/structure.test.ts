import { describe, expect, it } from 'vitest';
import { StructuredCv } from '../../../shared/cv/model';
import { bold, heading, line, sectionOf, structure } from './support';

describe('structureCv', () => {
  it('splits a Dutch CV into header and sections, with entries and contact details', () => {
    const cv = structure([
      heading('Jan Peeters', { fontSize: 22 }),
      'Projectleider bouw',
      'Kerkstraat 12, 9000 Gent',
      'jan.peeters@telenet.be | 0477 12 34 56',
      heading('Profiel'),
      'Ik ben een gedreven projectleider met ervaring in de bouwsector en het beheer van teams.',
      heading('Werkervaring'),
      '2019 - heden',
      'Projectleider bij Bouwbedrijf Janssens NV',
      '• Opvolging van de werven en het budget',
      '2015 - 2019',
      'Werfleider bij Aannemer Peeters BV',
      heading('Opleiding'),
      '2011 - 2015',
      'Master in de Ingenieurswetenschappen, Universiteit Gent',
      heading('Talen'),
      'Nederlands: moedertaal',
      'Frans: goed',
    ]);
    expect(StructuredCv.parse(cv)).toEqual(cv);
    expect(cv.language).toBe('nl');
    expect(cv.header).toEqual(['Jan Peeters', 'Projectleider bouw', 'Kerkstraat 12, 9000 Gent', 'jan.peeters@telenet.be | 0477 12 34 56']);
    expect(cv.sections.map((s) => [s.kind, s.title])).toEqual([
      ['profile', 'Profiel'],
      ['experience', 'Werkervaring'],
      ['education', 'Opleiding'],
      ['languages', 'Talen'],
    ]);
    expect(sectionOf(cv, 'experience').entries?.map((e) => e.organisation)).toEqual([
      'Bouwbedrijf Janssens NV',
      'Aannemer Peeters BV',
    ]);
    expect(sectionOf(cv, 'education').entries?.[0]).toMatchObject({ organisation: 'Universiteit Gent' });
    expect(sectionOf(cv, 'languages').entries).toBeUndefined();
    expect(sectionOf(cv, 'languages').lines).toEqual(['Nederlands: moedertaal', 'Frans: goed']);
    expect(cv.contact).toEqual({
      name: 'Jan Peeters',
      emails: ['jan.peeters@telenet.be'],
      phones: ['0477 12 34 56'],
      address: 'Kerkstraat 12, 9000 Gent',
      links: [],
    });
  });

  it('keeps the columns of a two-column PDF apart', () => {
    const left = (text: string, y: number, extra = {}) => line(text, { column: 1, x: 40, y, ...extra });
    const right = (text: string, y: number, extra = {}) => line(text, { column: 2, x: 220, y, ...extra });
    const cv = structure([
      line('MARIE DUBOIS', { fontSize: 24, bold: true, column: 0, y: 40 }),
      line('marie.dubois@orange.fr', { column: 0, y: 70 }),
      left('COMPÉTENCES', 120, { fontSize: 12, bold: true }),
      left('Gestion de projet', 140),
      left('Excel, SAP', 155),
      left('LANGUES', 190, { fontSize: 12, bold: true }),
      left('Français : langue maternelle', 210),
      left('Anglais : courant', 225),
      right('EXPÉRIENCE PROFESSIONNELLE', 120, { fontSize: 12, bold: true }),
      right('sept. 2018 – aujourd’hui', 140),
      right('Chef de projet chez Société Générale, Paris', 155),
      right('Pilotage des projets de migration.', 170),
      right('FORMATION', 210, { fontSize: 12, bold: true }),
      right('2013 – 2018', 230),
      right('Master en gestion, Université Paris-Dauphine', 245),
    ]);
    expect(cv.language).toBe('fr');
    expect(cv.contact.name).toBe('Marie Dubois');
    const lines = (kind: Parameters<typeof sectionOf>[1]) => sectionOf(cv, kind).lines;
    expect(lines('skills')).toEqual(['Gestion de projet', 'Excel, SAP']);
    expect(lines('languages')).toEqual(['Français : langue maternelle', 'Anglais : courant']);
    expect(lines('experience')).toEqual([
      'sept. 2018 – aujourd’hui',
      'Chef de projet chez Société Générale, Paris',
      'Pilotage des projets de migration.',
    ]);
    expect(lines('education')).toEqual(['2013 – 2018', 'Master en gestion, Université Paris-Dauphine']);
    expect(sectionOf(cv, 'experience').entries?.[0]).toMatchObject({
      title: 'Chef de projet',
      organisation: 'Société Générale',
      location: 'Paris',
      period: { from: { year: 2018, month: 9 }, current: true },
    });
  });

  it('gives a sidebar’s unheaded contact block to the header, not to the main column’s last section', () => {
    const cv = structure([
      line('Lukas Becker', { column: 1, fontSize: 18, bold: true, y: 40 }),
      line('lukas.becker@web.de', { column: 1, y: 70 }),
      line('+49 171 1234567', { column: 1, y: 85 }),
      line('Hauptstraße 5', { column: 1, y: 100 }),
      line('10115 Berlin', { column: 1, y: 115 }),
      line('KENNTNISSE', { column: 1, fontSize: 12, bold: true, y: 150 }),
      line('SAP, Excel', { column: 1, y: 170 }),
      line('BERUFSERFAHRUNG', { column: 2, fontSize: 12, bold: true, y: 40 }),
      line('seit 04/2020', { column: 2, y: 60 }),
      line('Buchhalter bei Zalando SE, Berlin', { column: 2, y: 75 }),
    ]);
    expect(cv.header).toEqual(['Lukas Becker', 'lukas.becker@web.de', '+49 171 1234567', 'Hauptstraße 5', '10115 Berlin']);
    expect(sectionOf(cv, 'skills').lines).toEqual(['SAP, Excel']);
    expect(sectionOf(cv, 'experience').lines).toEqual(['seit 04/2020', 'Buchhalter bei Zalando SE, Berlin']);
    expect(cv.contact).toMatchObject({
      name: 'Lukas Becker',
      emails: ['lukas.becker@web.de'],
      phones: ['+49 171 1234567'],
      address: 'Hauptstraße 5, 10115 Berlin',
    });
  });

  it('reads letter-spaced headings and Word heading styles', () => {
    const pdf = structure([
      heading('Tom Janssen', { fontSize: 20 }),
      bold('W E R K E R V A R I N G'),
      '2018 - 2022',
      'Verkoper bij MediaMarkt',
      bold('O P L E I D I N G'),
      '2014 - 2018',
      'Bachelor Marketing, Hogeschool Utrecht',
    ]);
    expect(pdf.sections.map((s) => [s.kind, s.title])).toEqual([
      ['experience', 'WERKERVARING'],
      ['education', 'OPLEIDING'],
    ]);
    const docx = structure(
      [
        line('Claire Martin', { block: 'heading', headingLevel: 1, fontSize: 16 }),
        line('Parcours professionnel', { block: 'heading', headingLevel: 2, fontSize: 12 }),
        '2015 – 2020 Vendeuse chez Fnac, Lille',
        line('Langues', { block: 'heading', headingLevel: 2, fontSize: 12 }),
        'Anglais courant',
        line('Bénévolat associatif', { block: 'heading', headingLevel: 2, fontSize: 12 }),
        'Restos du Cœur',
      ],
      { format: 'docx' },
    );
    expect(docx.sections.map((s) => s.kind)).toEqual(['experience', 'languages', 'volunteering']);
    expect(docx.header).toEqual(['Claire Martin']);
  });

  it('sets running headers and footers apart, marked or repeated on every page', () => {
    const page = (n: number) => [
      line('Lebenslauf – Max Mustermann', { page: n, fontSize: 8 }),
      ...(n === 1 ? [heading('Max Mustermann', { fontSize: 20 }), heading('Berufserfahrung')] : []),
      line(`Seite ${n} von 3`, { page: n, fontSize: 8, region: 'footer' }),
    ];
    const cv = structure([
      ...page(1).slice(0, 3),
      '03/2018 – heute',
      'Softwareentwickler bei Siemens AG, München',
      ...page(1).slice(3),
      ...page(2).slice(0, 1),
      '01/2014 – 02/2018',
      'Entwickler bei SAP SE, Walldorf',
      ...page(2).slice(1),
      ...page(3).slice(0, 1),
      heading('Sprachkenntnisse', { page: 3 }),
      line('Deutsch: Muttersprache', { page: 3 }),
      line('Englisch: verhandlungssicher', { page: 3 }),
      ...page(3).slice(1),
    ]);
    expect(cv.furniture).toEqual(['Lebenslauf – Max Mustermann', 'Seite 1 von 3', 'Seite 2 von 3', 'Seite 3 von 3']);
    const all = [...cv.header, ...cv.sections.flatMap((s) => s.lines)];
    expect(all.some((t) => /Seite|Lebenslauf/.test(t))).toBe(false);
    expect(sectionOf(cv, 'experience').entries).toHaveLength(2);
    expect(sectionOf(cv, 'languages').lines).toEqual(['Deutsch: Muttersprache', 'Englisch: verhandlungssicher']);
    expect(cv.language).toBe('de');
  });

  it('passes the photo flag through and falls back to the author for the name', () => {
    const cv = structure(
      [heading('Work experience'), bold('Software Engineer'), 'Acme Ltd, London', 'Jan 2020 – present'],
      { hasPhoto: true, properties: { author: 'Emily Clarke' } },
    );
    expect(cv.hasPhoto).toBe(true);
    expect(cv.contact.name).toBe('Emily Clarke');
    expect(structure(['Emily Clarke']).hasPhoto).toBe(false);
  });

  it('keeps a referee’s details out of the candidate’s contact', () => {
    const cv = structure([
      heading('Emily Clarke', { fontSize: 20 }),
      'emily.clarke@gmail.com',
      heading('References'),
      'John Smith, Head of IT, Acme Ltd',
      'john.smith@acme.co.uk',
      '+44 20 7946 0958',
    ]);
    expect(cv.contact.emails).toEqual(['emily.clarke@gmail.com']);
    expect(cv.contact.phones).toEqual([]);
    expect(sectionOf(cv, 'references').lines).toContain('john.smith@acme.co.uk');
  });

  it('lifts a big name promoted to an unknown heading back into the header', () => {
    const cv = structure([
      heading('Sophie Martin', { fontSize: 13 }),
      'sophie.martin@free.fr',
      heading('Expérience'),
      '2019 – 2022',
      'Comptable chez KPMG, Lyon',
    ]);
    expect(cv.header[0]).toBe('Sophie Martin');
    expect(cv.sections.map((s) => s.kind)).toEqual(['experience']);
  });
});
