import { describe, expect, it } from 'vitest';
import { detectIn } from './helpers';

const typed = (line: string, kind: Parameters<typeof detectIn>[1] = 'personal') =>
  detectIn([line], kind)
    .filter((d) => d.kind === 'identifier' && d.type !== 'name')
    .map((d) => [d.type, d.text]);

describe('national numbers, IBAN and identity documents', () => {
  it.each([
    ['BE unlabelled', 'Personal: 87.03.14-123.44 (keep private)', 'experience'],
    ['BE labelled', 'Rijksregisternummer: 87031412344', 'personal'],
    ['FR NIR', 'N° de sécurité sociale : 1 85 05 78 006 084 36', 'personal'],
  ] as const)('%s', (_n, line, kind) => expect(typed(line, kind).filter(([t]) => t === 'national-id')).toHaveLength(1));

  it('needs a label for BSN and Steuer-ID (their checks pass too often by chance)', () => {
    expect(typed('BSN: 111222333')).toEqual([['national-id', '111222333']]);
    expect(typed('Order 111222333 shipped', 'experience')).toEqual([]);
    expect(typed('Steuer-ID: 86095742719')).toEqual([['national-id', '86095742719']]);
  });

  it('finds valid IBANs anywhere and labelled ones with a typo', () => {
    expect(typed('Payments to BE68 5390 0754 7034 please', 'experience')).toEqual([['iban', 'BE68 5390 0754 7034']]);
    expect(typed('IBAN: NL91 ABNA 0417 1643 00')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
    expect(typed('IBAN: BE68 5390 0754 7035')).toEqual([['iban', 'BE68 5390 0754 7035']]);
    expect(typed('Reference BE68 5390 0754 7035', 'experience')).toEqual([]);
  });

  it('finds document numbers after their label, not licence categories', () => {
    expect(typed('Paspoortnummer: EM1234567')).toEqual([['id-document', 'EM1234567']]);
    expect(typed('Numéro de carte d\'identité : 592-1234567-89')).toEqual([['id-document', '592-1234567-89']]);
    expect(typed('Rijbewijs B')).toEqual([]);
    expect(typed('Führerschein Klasse B, eigenes Auto')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['BE nl', 'Kerkstraat 12 bus 3, 9000 Gent', 'Kerkstraat 12 bus 3, 9000 Gent'],
    ['BE fr', "Rue de l'Église 91, 7500 Tournai", "Rue de l'Église 91, 7500 Tournai"],
    ['FR', '12 bis, avenue Victor Hugo 75016 Paris', '12 bis, avenue Victor Hugo 75016 Paris'],
    ['NL', 'Prinsengracht 263-A, 1016 GV Amsterdam', 'Prinsengracht 263-A, 1016 GV Amsterdam'],
    ['DE', 'Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
    ['no suffix', 'Kouter 125, 9300 Aalst', 'Kouter 125, 9300 Aalst'],
  ])('%s', (_n, line, expected) => expect(typed(line).filter(([t]) => t === 'address').map(([, x]) => x)).toEqual([expected]));

  it('joins a street line and a postcode line', () => {
    const ds = detectIn(['Kouter 53 bus 5', '9000 Gent'], 'personal').filter((d) => d.type === 'address');
    expect(ds.map((d) => d.text)).toEqual(['Kouter 53 bus 5', '9000 Gent']);
  });

  it.each([
    ['framework version', 'Spring 5 and Java 17 microservices'],
    ['headcount', 'Led a department of 1500 employees'],
    ['period and city', 'Consultant, 2019 te Gent gestart'],
    ['course', 'Cours de Java 8 pour débutants'],
  ])('not an address: %s', (_n, line) => expect(typed(line, 'experience').filter(([t]) => t === 'address')).toEqual([]));
});
