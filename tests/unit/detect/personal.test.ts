import { describe, expect, it } from 'vitest';
import { detectIn } from './helpers';

const typed = (line: string, kind: Parameters<typeof detectIn>[1] = 'personal') =>
  detectIn([line], kind)
    .filter((d) => d.kind === 'identifier' && d.type !== 'name')
    .map((d) => [d.type, d.text]);

describe('birth date, age and birth place', () => {
  it.each([
    ['nl', 'Geboren op 14 maart 1987 te Gent', [['birth-date', '14 maart 1987'], ['birth-place', 'Gent']]],
    ['nl sign', '° 14/03/1987', [['birth-date', '14/03/1987']]],
    ['fr', 'Née le 3 avril 1990 à Liège', [['birth-date', '3 avril 1990'], ['birth-place', 'Liège']]],
    ['en', 'Date of birth: 12/05/1985', [['birth-date', '12/05/1985']]],
    ['en place', 'Place of birth: Leuven', [['birth-place', 'Leuven']]],
    ['de', 'Geburtsdatum: 01.02.1979', [['birth-date', '01.02.1979']]],
    ['de place', 'Geburtsort: Köln', [['birth-place', 'Köln']]],
    ['de Jahrgang', 'Jahrgang 1984', [['birth-date', '1984']]],
  ])('%s', (_l, line, expected) => expect(typed(line)).toEqual(expected));

  it.each([
    ['nl', 'Leeftijd: 34 jaar', '34 jaar'],
    ['fr', "J'ai 34 ans", "j'ai 34 ans"],
    ['en', 'I am a 34-year-old engineer', '34-year-old'],
    ['de', 'Alter: 34 Jahre', '34 Jahre'],
  ])('age %s', (_l, line, expected) => expect(typed(line).map(([, t]) => (t as string).toLowerCase())).toContain(expected.toLowerCase()));

  it.each([
    ['nl', 'Meer dan 15 jaar ervaring in IT', 'profile'],
    ['fr', "Plus de 10 ans d'expérience en gestion de projet", 'profile'],
    ['en', '12 years of experience in banking', 'profile'],
    ['de', '10 Jahre Berufserfahrung als Entwickler', 'profile'],
    ['period', 'Project lead (3 years)', 'experience'],
  ] as const)('no age in a duration: %s', (_l, line, kind) => expect(typed(line, kind).filter(([t]) => t === 'age')).toEqual([]));

  it('ignores full dates in job entries', () => {
    expect(typed('01/03/2019 – 31/12/2020 Consultant at Acme', 'experience')).toEqual([]);
  });
});

describe('nationality, gender, marital status', () => {
  it.each([
    ['nl', 'Nationaliteit: Belg', [['nationality', 'Belg']]],
    ['fr', 'Nationalité : française', [['nationality', 'française']]],
    ['en', 'Nationality: Belgian / Moroccan', [['nationality', 'Belgian / Moroccan']]],
    ['de', 'Staatsangehörigkeit: deutsch', [['nationality', 'deutsch']]],
    ['phrase', 'of Belgian nationality', [['nationality', 'of Belgian nationality']]],
  ])('nationality %s', (_l, line, expected) => expect(typed(line)).toEqual(expected));

  it('leaves a nationality-like language in a language line alone', () => {
    for (const line of ['Nederlands – moedertaal', 'Français : langue maternelle', 'German (B2)', 'Turks – basis'])
      expect(typed(line, 'languages')).toEqual([]);
    expect(typed('Deutsch: Muttersprache', 'personal')).toEqual([]);
  });

  it.each([
    ['nl', 'Geslacht: vrouw', [['gender', 'vrouw']]],
    ['fr', 'Sexe : M', [['gender', 'M']]],
    ['de', 'Geschlecht: männlich', [['gender', 'männlich']]],
    ['en', 'Gender: female', [['gender', 'female']]],
  ])('gender %s', (_l, line, expected) => expect(typed(line)).toEqual(expected));

  it.each([
    ['nl', 'Gehuwd, 2 kinderen', [['marital-status', 'Gehuwd'], ['marital-status', '2 kinderen']]],
    ['fr', 'État civil : mariée, 3 enfants', [['marital-status', 'mariée'], ['marital-status', '3 enfants']]],
    ['de', 'Familienstand: ledig', [['marital-status', 'ledig']]],
    ['en', 'Married, father of two', [['marital-status', 'Married'], ['marital-status', 'father of two']]],
  ])('marital status %s', (_l, line, expected) => expect(typed(line)).toEqual(expected));

  it('does not read "single sign-on" as a marital status', () => {
    expect(typed('Implemented single sign-on with Keycloak', 'experience')).toEqual([]);
    expect(typed('Single page application in React', 'personal')).toEqual([]);
  });
});
