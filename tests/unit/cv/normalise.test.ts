import { describe, expect, it } from 'vitest';
import { normaliseText, splitBullet } from '../../../shared/cv/normalise';
import { cvLines, line } from './support';

describe('normaliseText', () => {
  it('composes decomposed accents (NFC)', () => {
    const decomposed = 'Expe\u0301rience Ge\u0301ne\u0301rale';
    const out = normaliseText(decomposed);
    expect(out).toBe('Expérience Générale');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('expands ligatures', () => {
    expect(normaliseText('Oﬃce manager, ﬂexible, proﬁel')).toBe('Office manager, flexible, profiel');
  });

  it('drops soft hyphens, zero-width characters and the BOM, keeps real hyphens', () => {
    expect(normaliseText('\uFEFFVer\u00ADant\u00ADwoor\u200Bdelijke')).toBe('Verantwoordelijke');
    expect(normaliseText('Jean-Pierre, e-mail')).toBe('Jean-Pierre, e-mail');
  });

  it('turns every kind of space into one space and trims', () => {
    expect(normaliseText('  Gent\u00A0\u2009 9000\t België  ')).toBe('Gent 9000 België');
  });

  it('rejoins letter-spaced names, splitting at the wider gaps', () => {
    expect(normaliseText('J A R E D   S M I T H')).toBe('JARED SMITH');
    expect(normaliseText('E X P É R I E N C E')).toBe('EXPÉRIENCE');
  });

  it('leaves ordinary words and short phrases alone', () => {
    expect(normaliseText('Plan A en B')).toBe('Plan A en B');
    expect(normaliseText('De A à Z')).toBe('De A à Z');
    expect(normaliseText('Jan de Vries')).toBe('Jan de Vries');
  });

  it('is idempotent', () => {
    for (const t of ['J A R E D   S M I T H', 'Oﬃce\u00A0 e-mail', 'Expe\u0301rience', 'S K I L L S  &  T O O L S']) {
      const once = normaliseText(t);
      expect(normaliseText(once)).toBe(once);
    }
  });
});

describe('splitBullet', () => {
  it.each(['• Item', '▪ Item', '➢ Item', '- Item', '– Item', '* Item', '●Item', '\uF0B7 Item', 'o Item'])(
    'strips the bullet of %j',
    (text) => {
      expect(splitBullet(text)).toEqual({ text: 'Item', bullet: true });
    },
  );

  it.each(['-5% kosten', 'e-mail', '2019 - 2021', 'o.a. Java', 'oder so', 'Item'])('%j has no bullet', (text) => {
    expect(splitBullet(text).bullet).toBe(false);
    expect(splitBullet(text).text).toBe(text);
  });

  it('does not treat a numbered heading as a bullet', () => {
    expect(splitBullet('1. Werkervaring').bullet).toBe(false);
  });
});

describe('normaliseLines', () => {
  it('marks bullets, including a bullet glyph left alone on the line before its text', () => {
    const out = cvLines(['• Java', '▪', 'Python', 'Plain line', line('Word list item', { block: 'list-item' })]);
    expect(out.map((l) => [l.text, l.bullet])).toEqual([
      ['Java', true],
      ['Python', true],
      ['Plain line', false],
      ['Word list item', true],
    ]);
  });

  it('drops empty lines but remembers each line’s original position', () => {
    const out = cvLines(['First', '   ', '\u200B', 'Second']);
    expect(out.map((l) => [l.text, l.index])).toEqual([
      ['First', 0],
      ['Second', 3],
    ]);
  });

  it('undoes hyphenation across lines', () => {
    const out = cvLines(['Verantwoordelijk voor project-', 'management en budget', 'Gestion de la commu-', 'nication interne']);
    expect(out.map((l) => l.text)).toEqual([
      'Verantwoordelijk voor projectmanagement',
      'en budget',
      'Gestion de la communication',
      'interne',
    ]);
  });

  it('keeps hyphens of compounds, suspended words and names', () => {
    const texts = ['Regio Noord-', 'Holland', 'Vor- und', 'Nachname', 'hoofd- en', 'bijzaken', 'Jean-Pierre Dubois', 'e-mail: x'];
    expect(cvLines(texts).map((l) => l.text)).toEqual(texts);
  });

  it('does not join across columns, pages or into a bullet', () => {
    const out = cvLines([
      line('Projekt-', { column: 1 }),
      line('leitung', { column: 2 }),
      line('Infra-', { page: 1 }),
      line('struktur', { page: 2 }),
      'Sales-',
      '• marketing',
    ]);
    expect(out.map((l) => l.text)).toEqual(['Projekt-', 'leitung', 'Infra-', 'struktur', 'Sales-', 'marketing']);
  });

  it('marks all-capital lines as caps and builds text from table cells', () => {
    const [caps, row] = cvLines(['WERKERVARING', line('', { block: 'table-row', cells: ['2019', ' Acme\u00A0NV '] })]);
    expect(caps?.caps).toBe(true);
    expect(row?.text).toBe('2019 | Acme NV');
    expect(row?.cells).toEqual(['2019', 'Acme NV']);
  });
});
