import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../../shared/cv/model';
import type { DocumentProperties } from '../../../shared/cv/document';
import { extractContact } from '../../../shared/cv/contact';
import { cvLines, heading, type LineInput } from './support';

const contactOf = (
  header: readonly LineInput[],
  sections: ReadonlyArray<readonly [SectionKind, readonly LineInput[]]> = [],
  properties: DocumentProperties = {},
) =>
  extractContact({
    header: cvLines(header),
    sections: sections.map(([kind, lines]) => ({ kind, lines: cvLines(lines) })),
    properties,
  });

describe('e-mails and links', () => {
  it('finds e-mail addresses, lower-cased, without trailing punctuation or labels', () => {
    const c = contactOf(['E-mail: Jan.Peeters@Telenet.be', 'Contact me at marie-dubois+cv@orange.fr.']);
    expect(c.emails).toEqual(['jan.peeters@telenet.be', 'marie-dubois+cv@orange.fr']);
  });

  it('finds LinkedIn, GitHub and personal sites, not the domain of an e-mail address', () => {
    const c = contactOf([
      'linkedin.com/in/jan-peeters | github.com/janp',
      'https://www.janpeeters.be',
      'jan@peeters.be',
    ]);
    expect(c.links).toEqual(['linkedin.com/in/jan-peeters', 'github.com/janp', 'https://www.janpeeters.be']);
  });
});

describe('phones', () => {
  it.each([
    ['BE mobile', 'GSM: 0477 12 34 56', '0477 12 34 56'],
    ['BE international', 'Tel. +32 (0)9 123 45 67', '+32 (0)9 123 45 67'],
    ['NL mobile', 'Mobiel: 06-12345678', '06-12345678'],
    ['NL international', '+31 6 1234 5678', '+31 6 1234 5678'],
    ['FR', 'Téléphone : 06 12 34 56 78', '06 12 34 56 78'],
    ['FR international', '+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['DE', 'Handy: 0171 1234567', '0171 1234567'],
    ['DE landline', 'Tel.: (030) 123 456 78', '(030) 123 456 78'],
    ['DE international', '+49 171 1234567', '+49 171 1234567'],
    ['UK', 'Mobile: 07700 900123', '07700 900123'],
    ['UK international', '+44 20 7946 0958', '+44 20 7946 0958'],
    ['00 prefix', '0032 477 12 34 56', '0032 477 12 34 56'],
    ['dotted', '0477.12.34.56', '0477.12.34.56'],
    ['bracketed country code', '(+32) 475 12 34 56', '(+32) 475 12 34 56'],
    ['LU', '+352 621 123 456', '+352 621 123 456'],
    ['slashed', '0475/12.34.56', '0475/12.34.56'],
  ])('%s: %j', (_what, text, phone) => {
    expect(contactOf([text]).phones).toEqual([phone]);
  });

  it('keeps a phone next to an IBAN or a national number', () => {
    expect(contactOf(['IBAN BE68 5390 0754 7034 · GSM 0477 12 34 56']).phones).toEqual(['0477 12 34 56']);
    expect(contactOf(['RRN 85.07.30-033.28 | Tel. 0477 12 34 56']).phones).toEqual(['0477 12 34 56']);
    expect(contactOf(['Tel. 09 123 45 67']).phones).toEqual(['09 123 45 67']);
  });

  it('finds several numbers on one line', () => {
    expect(contactOf(['0477 16 53 58 / 050 61 93 61']).phones).toEqual(['0477 16 53 58', '050 61 93 61']);
  });

  it.each([
    ['a date range', '01/2019 - 03/2021'],
    ['a date of birth', 'Geboren am 12.03.1990'],
    ['a full date range', '01.09.2014 - 31.07.2017'],
    ['an IBAN', 'IBAN: BE68 5390 0754 7034'],
    ['a German IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['a Belgian national number', 'Rijksregisternummer: 85.07.30-033.28'],
    ['a Belgian national number (2000s)', 'NN 01.02.03-123.45'],
    ['a postcode and city', '9000 Gent'],
    ['a Dutch postcode', '3011 AB Rotterdam'],
    ['a year range', '2015 - 2019'],
    ['a VAT number', 'BTW BE 0123.456.789'],
    ['a French VAT number', 'TVA : FR 0123 456 789'],
    ['a German VAT number', 'USt-IdNr.: DE123456789'],
  ])('does not take %s for a phone', (_what, text) => {
    expect(contactOf([text]).phones).toEqual([]);
  });
});

describe('address', () => {
  it.each([
    ['BE, one line', ['Kerkstraat 12, 9000 Gent'], 'Kerkstraat 12, 9000 Gent'],
    ['BE with box', ['Adres: Veldstraat 5 bus 3, 2000 Antwerpen'], 'Veldstraat 5 bus 3, 2000 Antwerpen'],
    ['NL, two lines', ['Jan Peeters', 'Dorpsstraat 8', '3011 AB Rotterdam'], 'Dorpsstraat 8, 3011 AB Rotterdam'],
    ['FR, one line', ['12 rue de la Paix, 75002 Paris'], '12 rue de la Paix, 75002 Paris'],
    ['FR, two lines', ['12, avenue Foch', '69006 Lyon'], '12, avenue Foch, 69006 Lyon'],
    ['DE, two lines', ['Hauptstraße 5', '10115 Berlin'], 'Hauptstraße 5, 10115 Berlin'],
    ['DE with separators', ['Musterweg 3 · 80331 München · 0171 1234567'], 'Musterweg 3, 80331 München'],
  ])('%s', (_what, header, address) => {
    expect(contactOf(header).address).toBe(address);
  });

  it('keeps a postcode and city alone', () => {
    expect(contactOf(['Jan Peeters', '9000 Gent']).address).toBe('9000 Gent');
  });

  it('does not take a date range or a sentence for an address', () => {
    expect(contactOf(['2015 - 2019 Hogeschool Gent']).address).toBeUndefined();
    expect(contactOf(['Ik werk sinds 2019 voor 3 klanten in Gent en Brussel']).address).toBeUndefined();
  });
});

describe('name', () => {
  it('takes the largest name-shaped line near the top', () => {
    const c = contactOf(['Curriculum', heading('Sophie Martin', { fontSize: 24 }), 'Marketing Manager', 'Paris']);
    expect(c.name).toBe('Sophie Martin');
  });

  it('writes capitals as a name is said, surname-first capitals turned round', () => {
    expect(contactOf(['JAN PEETERS']).name).toBe('Jan Peeters');
    expect(contactOf(['PEETERS Jan']).name).toBe('Jan Peeters');
    expect(contactOf(['DUBOIS Jean-Pierre']).name).toBe('Jean-Pierre Dubois');
    expect(contactOf(['Jan van der Berg']).name).toBe('Jan van der Berg');
    expect(contactOf(["JEAN-PIERRE D'HONDT"]).name).toBe("Jean-Pierre D'Hondt");
    expect(contactOf(['Jan PEETERS']).name).toBe('Jan Peeters');
    expect(contactOf(['Marie-Claire DE SMET']).name).toBe('Marie-Claire De Smet');
    expect(contactOf(['Nom : DUPONT Marie']).name).toBe('Marie Dupont');
  });

  it('reads the name after a form label (Europass and application forms), in four languages', () => {
    expect(contactOf(['First name(s) / Surname(s) Sofia Emmanouilidi']).name).toBe('Sofia Emmanouilidi');
    expect(contactOf(['Nom(s) / Prénom(s) DUPONT Marie']).name).toBe('Marie Dupont');
    expect(contactOf(['Voornaam en achternaam: Lotte Verbeke']).name).toBe('Lotte Verbeke');
    expect(contactOf(['Vorname, Nachname: Jonas Keller']).name).toBe('Jonas Keller');
    expect(contactOf(['Surname: Claes']).name).toBeUndefined();
    // Without a colon or a second label word, the words are not taken for a label.
    expect(contactOf(['Nomvula Dlamini']).name).toBe('Nomvula Dlamini');
  });

  it('leaves academic and courtesy titles out of the name', () => {
    expect(contactOf(['Dr. Anna Schmidt']).name).toBe('Anna Schmidt');
    expect(contactOf(['Dipl.-Ing. Max Weber']).name).toBe('Max Weber');
    expect(contactOf(['Prof. Dr. rer. nat. Eva Braun']).name).toBe('Eva Braun');
    expect(contactOf(['Ir. Pieter Claes']).name).toBe('Pieter Claes');
    expect(contactOf(['Sarah Jones, MBA']).name).toBe('Sarah Jones');
    expect(contactOf(['Dr. Software Engineer']).name).toBeUndefined();
  });

  it('is not a country, a job title, a heading or an organisation', () => {
    for (const text of ['United Kingdom', 'Software Engineer', 'Projectleider Bouw', 'Persönliche Daten', 'Acme Consulting', 'Deutschland']) {
      expect(contactOf([text]).name, text).toBeUndefined();
    }
  });

  it('falls back to the document author, then to the e-mail address', () => {
    expect(contactOf(['Software Engineer'], [], { author: 'Lisa Müller' }).name).toBe('Lisa Müller');
    expect(contactOf(['Software Engineer'], [], { author: 'Administrator' }).name).toBeUndefined();
    expect(contactOf(['Software Engineer', 'lisa.mueller@example.de'], [], { author: 'hr' }).name).toBe('Lisa Mueller');
    expect(contactOf(['info@example.de']).name).toBeUndefined();
  });
});

describe('whose details', () => {
  it('reads personal-details sections as the candidate’s own', () => {
    const c = contactOf(['Jan Peeters'], [['personal', ['E-mail: jan@peeters.be', 'Kerkstraat 12', '9000 Gent', 'GSM 0477 12 34 56']]]);
    expect(c).toMatchObject({ emails: ['jan@peeters.be'], phones: ['0477 12 34 56'], address: 'Kerkstraat 12, 9000 Gent' });
  });

  it('leaves referees’ details in references out', () => {
    const c = contactOf(
      ['Jan Peeters', 'jan@peeters.be', '0477 12 34 56'],
      [['references', ['Marc Janssens, Acme NV', 'marc.janssens@acme.be', '+32 9 234 56 78', 'Stationsstraat 1, 9000 Gent']]],
    );
    expect(c).toMatchObject({ name: 'Jan Peeters', emails: ['jan@peeters.be'], phones: ['0477 12 34 56'] });
    expect(c.address).toBeUndefined();
  });
});
