import { describe, expect, it } from 'vitest';
import type { Period } from '../../../shared/cv/model';
import { findPeriod, parsePeriod, withoutPeriod } from '../../../shared/cv/period';

const shape = (p: Period | undefined) => p && { from: p.from, to: p.to, current: p.current };

describe('parsePeriod', () => {
  it.each<[string, Omit<Period, 'text'>]>([
    ['Jan 2020 – present', { from: { year: 2020, month: 1 }, to: undefined, current: true }],
    ['January 2018 - March 2020', { from: { year: 2018, month: 1 }, to: { year: 2020, month: 3 }, current: false }],
    ['03/2019 - heden', { from: { year: 2019, month: 3 }, to: undefined, current: true }],
    ['sep 2015 - jun 2019', { from: { year: 2015, month: 9 }, to: { year: 2019, month: 6 }, current: false }],
    ['mrt. 2016 tot nu', { from: { year: 2016, month: 3 }, to: undefined, current: true }],
    ['van 2012 tot 2014', { from: { year: 2012 }, to: { year: 2014 }, current: false }],
    ["sept. 2018 à aujourd'hui", { from: { year: 2018, month: 9 }, to: undefined, current: true }],
    ['de janvier 2010 à juin 2012', { from: { year: 2010, month: 1 }, to: { year: 2012, month: 6 }, current: false }],
    ['févr. 2021 – août 2022', { from: { year: 2021, month: 2 }, to: { year: 2022, month: 8 }, current: false }],
    ['depuis 2020', { from: { year: 2020 }, to: undefined, current: true }],
    ['seit 07/2021', { from: { year: 2021, month: 7 }, to: undefined, current: true }],
    ['1. März 2017 bis heute', { from: { year: 2017, month: 3 }, to: undefined, current: true }],
    ['10.2014 – 02.2017', { from: { year: 2014, month: 10 }, to: { year: 2017, month: 2 }, current: false }],
    ['01.09.2014 - 31.07.2017', { from: { year: 2014, month: 9 }, to: { year: 2017, month: 7 }, current: false }],
    ['2015–2019', { from: { year: 2015 }, to: { year: 2019 }, current: false }],
    ['2015 - 2019', { from: { year: 2015 }, to: { year: 2019 }, current: false }],
    ['2019 -', { from: { year: 2019 }, to: undefined, current: true }],
    ['2019-03 – 2020-11', { from: { year: 2019, month: 3 }, to: { year: 2020, month: 11 }, current: false }],
    ["Sept '19 – Dec '21", { from: { year: 2019, month: 9 }, to: { year: 2021, month: 12 }, current: false }],
    ["Jun '98 - Aug '99", { from: { year: 1998, month: 6 }, to: { year: 1999, month: 8 }, current: false }],
    ['March – June 2021', { from: { year: 2021, month: 3 }, to: { year: 2021, month: 6 }, current: false }],
    ["2018 - '19", { from: { year: 2018 }, to: { year: 2019 }, current: false }],
    ["'19 – '21", { from: { year: 2019 }, to: { year: 2021 }, current: false }],
    ['10.2014-02.2017', { from: { year: 2014, month: 10 }, to: { year: 2017, month: 2 }, current: false }],
    ['09/19 – 06/21', { from: { year: 2019, month: 9 }, to: { year: 2021, month: 6 }, current: false }],
    ['09/98 - heute', { from: { year: 1998, month: 9 }, to: undefined, current: true }],
    ['2019/2020', { from: { year: 2019 }, to: { year: 2020 }, current: false }],
    ['2019/20', { from: { year: 2019 }, to: { year: 2020 }, current: false }],
    ['2017 bis 2019', { from: { year: 2017 }, to: { year: 2019 }, current: false }],
    ['Since May 2021', { from: { year: 2021, month: 5 }, to: undefined, current: true }],
    ['sinds maart 2020', { from: { year: 2020, month: 3 }, to: undefined, current: true }],
    ['2019 to date', { from: { year: 2019 }, to: undefined, current: true }],
    ["'19", { from: { year: 2019 }, to: { year: 2019 }, current: false }],
    ['2019', { from: { year: 2019 }, to: { year: 2019 }, current: false }],
    ['(2016)', { from: { year: 2016 }, to: { year: 2016 }, current: false }],
  ])('%j', (text, expected) => {
    expect(shape(parsePeriod(text))).toEqual(expected);
  });

  it('keeps the period as written', () => {
    expect(parsePeriod('Jan 2020 – present')?.text).toBe('Jan 2020 – present');
  });

  it('is undefined when the line says more than the period', () => {
    expect(parsePeriod('Developer 2019 - 2021')).toBeUndefined();
  });
});

describe('findPeriod', () => {
  it('finds the period inside a head line and leaves the rest clean', () => {
    const text = 'Developer | Acme, Gent | 2019 - 2021';
    const m = findPeriod(text);
    expect(m?.kind).toBe('range');
    expect(m && withoutPeriod(text, m)).toBe('Developer | Acme, Gent');
    const fr = 'Développeur (sept. 2018 - juin 2020)';
    const f = findPeriod(fr);
    expect(f && withoutPeriod(fr, f)).toBe('Développeur');
  });

  it('does not read times, day-month pairs, backwards years or "the \'90s" as periods', () => {
    expect(findPeriod('10.30 - 12.00')).toBeUndefined();
    expect(findPeriod('01/09 - 30/06')).toBeUndefined();
    expect(findPeriod('2021/2019')?.kind).not.toBe('range');
    expect(findPeriod("Music of the '90s")).toBeUndefined();
  });

  it('prefers a range over a lone year elsewhere on the line', () => {
    expect(findPeriod('Master 2010, Erasmus 2008 - 2009')?.kind).toBe('range');
  });

  it.each([
    '+32 477 12 34 56',
    '0477 12 34 56',
    '+49 30 12345678',
    '06 12 34 56 78',
    '+31 6 12345678',
    '9000 Gent',
    '75011 Paris',
    '3011 AB Rotterdam',
    '10115 Berlin',
    'BE68 5390 0754 7034',
    '85.07.30-033.28',
    'Increased revenue by 2000 units',
  ])('sees no period range in %j', (text) => {
    const m = findPeriod(text);
    expect(m === undefined || m.kind === 'single').toBe(true);
    if (m) expect(m.period.from?.year).toBeGreaterThanOrEqual(1900);
  });

  it('sees no date at all in phone numbers and postcodes', () => {
    for (const t of ['+32 477 12 34 56', '0477 12 34 56', '06 12 34 56 78', '9000 Gent', '75011 Paris', '1050 Brussel']) {
      expect(findPeriod(t), t).toBeUndefined();
    }
  });

  it('takes "present" alone for a verb, "lopend" and "en cours" for a running period', () => {
    expect(findPeriod('I present results to the board')).toBeUndefined();
    expect(findPeriod('Master Informatica (lopend)')?.period.current).toBe(true);
    expect(findPeriod('Master (en cours)')?.period.current).toBe(true);
    expect(findPeriod('Projet en cours de réalisation')).toBeUndefined();
  });
});
