import { describe, expect, it } from 'vitest';
import { detectIn, texts } from './helpers';

const phones = (line: string, kind: Parameters<typeof detectIn>[1] = 'personal') => texts(detectIn([line], kind), 'phone');

describe('phones', () => {
  it.each([
    ['BE mobile', 'GSM: +32 470 12 34 56', '+32 470 12 34 56'],
    ['BE slashes', 'Tel 0470/12.34.56', '0470/12.34.56'],
    ['BE trunk zero', 'T: +32 (0)9 123 45 67', '+32 (0)9 123 45 67'],
    ['BE 0032', 'Téléphone : 0032 2 555 12 12', '0032 2 555 12 12'],
    ['BE landline', 'Telefoon 09 123 45 67', '09 123 45 67'],
    ['NL mobile', 'Mobiel: 06-12345678', '06-12345678'],
    ['NL intl', '+31 6 1234 5678', '+31 6 1234 5678'],
    ['FR', 'Portable : 06 12 34 56 78', '06 12 34 56 78'],
    ['FR intl', '+33 1 42 68 53 00', '+33 1 42 68 53 00'],
    ['DE mobile', 'Handy: 0151 23456789', '0151 23456789'],
    ['DE landline', 'Telefon: 030 1234567', '030 1234567'],
    ['DE intl', '+49 30 12345678', '+49 30 12345678'],
    ['UK', 'Mobile: 07700 900123', '07700 900123'],
    ['UK intl', '+44 20 7946 0958', '+44 20 7946 0958'],
  ])('%s', (_n, line, expected) => expect(phones(line)).toEqual([expected]));

  it('splits two numbers written in one run', () => {
    expect(phones('Tel.: 0477 16 53 58 / 050 61 93 61')).toEqual(['0477 16 53 58', '050 61 93 61']);
  });

  it.each([
    ['year range', '2015 - 2019 consultant'],
    ['month range', '01/2018 – 12/2020'],
    ['date', '14/03/1987'],
    ['amount', 'Budget of 1 250 000 EUR'],
    ['national number', '87.03.14-123.45'],
    ['version', 'Angular 15.2.10'],
  ])('not a phone: %s', (_n, line) => expect(phones(line, 'experience')).toEqual([]));

  it('types phones and e-mails of referees as referee', () => {
    const ds = detectIn(['Marc Dubois, Project Manager, Acme NV – marc.dubois@acme.be – 0475 98 76 54'], 'references');
    expect(ds.map((d) => [d.type, d.rule])).toEqual([
      ['referee', 'referee-name'],
      ['referee', 'referee-email'],
      ['referee', 'referee-phone-be-mobile'],
    ]);
  });
});

describe('e-mail and links', () => {
  it('finds e-mails anywhere', () => {
    expect(texts(detectIn(['Contact me at a.b-c@example.co.uk.'], 'profile'), 'email')).toEqual(['a.b-c@example.co.uk']);
  });
  it('flags social profiles everywhere and other sites only in contact blocks', () => {
    expect(texts(detectIn(['See linkedin.com/in/someone-1a2b and github.com/someone'], 'projects'), 'url')).toEqual(['linkedin.com/in/someone-1a2b', 'github.com/someone']);
    expect(texts(detectIn(['Built www.acme-shop.com for a client'], 'experience'), 'url')).toEqual([]);
    expect(texts(detectIn(['Website: www.my-portfolio.dev'], 'personal'), 'url')).toEqual(['www.my-portfolio.dev']);
  });
});
