import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../../shared/cv/document';
import { classifyFont } from '../../../electron/core/intake/pdf/fonts';
import { cleanItemText } from '../../../electron/core/intake/pdf/clean-text';
import { indexGlyphSpacing, restoreWordGaps } from '../../../electron/core/intake/pdf/glyph-spacing';
import { dehyphenate } from '../../../electron/core/intake/pdf/hyphenation';
import { layoutPage } from '../../../electron/core/intake/pdf/layout';
import { buildLines } from '../../../electron/core/intake/pdf/lines';
import { findRunningLines } from '../../../electron/core/intake/pdf/running';
import type { Run } from '../../../electron/core/intake/pdf/types';
import { joinRuns } from '../../../electron/core/intake/pdf/words';
import { removeOverlaidDuplicates } from '../../../electron/core/intake/pdf/dedupe';

let nextId = 0;
/** A run with a width estimated at half an em per character, as for a typical proportional font. */
const run = (text: string, x0: number, base: number, size = 10, extra: Partial<Run> = {}): Run => ({
  id: nextId++,
  text,
  x0,
  x1: x0 + text.length * size * 0.5,
  base,
  size,
  bold: false,
  blank: text.trim() === '',
  rotated: false,
  ...extra,
});

/** Consecutive runs on one baseline, separated by the given gap in points. */
const spaced = (words: string[], x: number, base: number, gap: number, size = 10): Run[] => {
  const out: Run[] = [];
  for (const w of words) {
    const r = run(w, x, base, size);
    out.push(r);
    x = r.x1 + gap;
  }
  return out;
};

/** A show-text operation as pdf.js lists it: glyphs with advances (1/1000 em) and TJ kerns. */
const SHOW = { showText: 44, showSpacedText: 45 };
type DrawnGlyph = number | { unicode: string; width: number; isSpace: boolean };
const glyphs = (parts: (string | number)[], width = 600): DrawnGlyph[] =>
  parts.flatMap((p): DrawnGlyph[] => (typeof p === 'number' ? [p] : [...p].map((ch) => ({ unicode: ch, width: ch === ' ' ? 278 : width, isSpace: ch === ' ' }))));
const opsOf = (...strings: (string | number)[][]) => ({ fnArray: strings.map(() => SHOW.showText), argsArray: strings.map((s) => [glyphs(s)]) });

describe('word breaks read back from the drawn glyphs', () => {
  it('turns the wider gaps of a letter-spaced string into word breaks', () => {
    // Two spaces between words, one between letters.
    expect(restoreWordGaps('J A N P E E T E R S', indexGlyphSpacing(opsOf(['J A N  P E E T E R S']), SHOW))).toBe('J A N  P E E T E R S');
    // Letters set apart by character spacing (no space glyphs), one real space between words.
    expect(restoreWordGaps('J A N P E E T E R S', indexGlyphSpacing(opsOf(['JAN PEETERS']), SHOW))).toBe('J A N  P E E T E R S');
    // TeX: kerns instead of space glyphs.
    expect(restoreWordGaps('A N N E V O S', indexGlyphSpacing(opsOf(['A', -120, 'N', -120, 'N', -120, 'E', -450, 'V', -120, 'O', -120, 'S']), SHOW))).toBe(
      'A N N E  V O S',
    );
  });

  it('keeps a hyphen spaced out like a letter inside the name it joins', () => {
    expect(restoreWordGaps('P I E T E R - J A N V A N', indexGlyphSpacing(opsOf(['P I E T E R - J A N  V A N']), SHOW))).toBe(
      'P I E T E R - J A N  V A N',
    );
    expect(restoreWordGaps('A N N - S O P H I E D E W I T', indexGlyphSpacing(opsOf(['ANN-SOPHIE DE WIT']), SHOW))).toBe(
      'A N N - S O P H I E  D E  W I T',
    );
  });

  it('leaves text alone when the drawing gives no clear answer', () => {
    const even = indexGlyphSpacing(opsOf(['S Q L']), SHOW);
    expect(restoreWordGaps('S Q L', even)).toBe('S Q L');
    expect(restoreWordGaps('S Q L', new Map())).toBe('S Q L');
    // Two drawings of the same letters that disagree about the break.
    const conflicting = indexGlyphSpacing(opsOf(['AB CD']), SHOW);
    const both = indexGlyphSpacing({ fnArray: [44, 44], argsArray: [[glyphs(['AB CD'])], [glyphs(['ABC D'])]] }, SHOW);
    expect(restoreWordGaps('A B C D', conflicting)).toBe('A B  C D');
    expect(restoreWordGaps('A B C D', both)).toBe('A B C D');
    // Ordinary words are never touched.
    expect(restoreWordGaps('Senior Engineer', indexGlyphSpacing(opsOf(['Senior Engineer']), SHOW))).toBe('Senior Engineer');
  });
});

describe('word joining', () => {
  it('adds a space for a word gap but not for kerning between pieces of one word', () => {
    expect(joinRuns(spaced(['Soft', 'ware', 'engineer'], 0, 100, 0.3).map((r, i) => (i === 2 ? { ...r, x0: r.x0 + 3, x1: r.x1 + 3 } : r)))).toBe(
      'Software engineer',
    );
  });

  it('treats an explicit space item and a wide tab gap as one space', () => {
    expect(joinRuns([run('Since', 0, 100), run(' ', 25, 100), run('2019', 60, 100)])).toBe('Since 2019');
    expect(joinRuns(spaced(['Engineer', 'Brussels'], 0, 100, 140))).toBe('Engineer Brussels');
  });

  it('rejoins letter-spaced words, breaking at the wider gaps', () => {
    expect(joinRuns(spaced('JARED'.split(''), 0, 100, 4).concat(spaced('SMITH'.split(''), 60, 100, 4)))).toBe('JARED SMITH');
    expect(joinRuns([run('J A R E D', 0, 100), run(' ', 50, 100), run('S M I T H', 60, 100)])).toBe('JARED SMITH');
    expect(joinRuns([run('J a n e D o e', 0, 100)])).toBe('Jane Doe');
  });

  it('keeps a hyphen inside a letter-spaced name and the word gap after it', () => {
    expect(joinRuns([run('P I E T E R - J A N  V A N D E N B E R G H E', 0, 100)])).toBe('PIETER-JAN VANDENBERGHE');
    expect(joinRuns([run('A N N - S O P H I E  V A N  D A M M E', 0, 100)])).toBe('ANN-SOPHIE VAN DAMME');
    // Each glyph drawn on its own: the gaps around the hyphen are letter gaps, the one after JAN a word gap.
    const glyphs = [...spaced('JEAN-LUC'.split(''), 0, 100, 3), ...spaced('PETIT'.split(''), 100, 100, 3)];
    expect(joinRuns(glyphs)).toBe('JEAN-LUC PETIT');
    // A dash set off by word gaps stays a separate dash.
    expect(joinRuns([run('S A L E S  -  M A R K E T I N G', 0, 100)])).toBe('SALES - MARKETING');
  });

  it('leaves ordinary single letters alone', () => {
    expect(joinRuns([run('Driving licence B and a C1 truck permit', 0, 100)])).toBe('Driving licence B and a C1 truck permit');
    expect(joinRuns([run('Skills: C R', 0, 100)])).toBe('Skills: C R');
  });
});

describe('line clustering', () => {
  it('groups by baseline, keeps superscripts on their line and separates close lines', () => {
    const lines = buildLines([
      run('Won 1', 0, 100),
      run('st', 26, 96.5, 6),
      run('prize', 36, 100),
      run('Next line below', 0, 112),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Won 1st prize', 'Next line below']);
    expect(lines[0]?.size).toBe(10);
  });

  it('does not rely on item order: interleaved items still make left-to-right lines', () => {
    const lines = buildLines([run('world', 40, 100), run('second', 0, 114), run('hello', 0, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['hello world', 'second']);
  });

  it('splits a row into blocks when far-apart pieces are typeset differently', () => {
    const lines = buildLines([run('John Doe', 50, 200, 30), run('jdoe@example.org', 400, 201, 10)]);
    expect(lines.map((l) => l.text)).toEqual(['John Doe', 'jdoe@example.org']);
    expect(lines.map((l) => l.bold)).toEqual([false, false]);
  });

  it('marks a line bold when most of its characters are bold', () => {
    const [line] = buildLines([run('Senior engineer', 0, 100, 10, { bold: true }), run('at', 80, 100)]);
    expect(line?.bold).toBe(true);
  });
});

describe('column detection on runs', () => {
  const column = (x: number, top: number, pitch: number, n: number, width = 150): Run[] =>
    Array.from({ length: n }, (_, i) => ({ ...run('x'.repeat(Math.round(width / 5)), x, top + i * pitch), text: `line ${x}-${i} words here` })).map(
      (r) => ({ ...r, x1: r.x0 + width }),
    );

  it('finds a gutter that runs down the page and orders left before right', () => {
    const blocks = layoutPage([...column(300, 100, 15, 20, 200), ...column(40, 103, 13, 25, 200)]);
    const order = blocks.map((b) => b.column);
    expect(order.indexOf(2)).toBeGreaterThan(order.lastIndexOf(1));
    expect(order.every((c) => c === 1 || c === 2)).toBe(true);
    for (const b of blocks) expect(b.runs.every((r) => (r.x0 < 290 ? 1 : 2) === b.column)).toBe(true);
  });

  it('does not split when text crosses the gap for most of the page', () => {
    const crossing = Array.from({ length: 10 }, (_, i) => ({ ...run('wide', 40, 400 + i * 14), x1: 500 }));
    const blocks = layoutPage([...column(300, 100, 15, 6, 200), ...column(40, 103, 13, 6, 200), ...crossing]);
    expect(blocks.some((b) => b.column === 0)).toBe(true);
  });

  it('needs real text on both sides: a column of bullets is not a column', () => {
    const bullets = Array.from({ length: 8 }, (_, i) => run('•', 40, 100 + i * 14));
    const text = column(60, 100, 14, 8, 300);
    expect(layoutPage([...bullets, ...text]).every((b) => b.column === 0)).toBe(true);
  });
});

describe('running headers and footers', () => {
  const page = (lines: [string, number][]) => ({ height: 842, lines: buildLines(lines.map(([t, y]) => run(t, 50, y))) });

  it('finds text repeated at the same height on most pages, digits ignored', () => {
    const pages = [1, 2, 3].map((n) => page([['Jane Doe CV', 30], [`Body ${'abc'.repeat(n)} text of page with enough words to be a page of text`, 300], [`Page ${n} of 3`, 820]]));
    const regions = findRunningLines(pages);
    const flagged = pages.flatMap((p) => p.lines.filter((l) => l.runs.every((r) => regions.has(r.id))).map((l) => `${l.text}:${regions.get(l.runs[0]?.id ?? -1)}`));
    expect(flagged).toEqual([
      'Jane Doe CV:header', 'Page 1 of 3:footer',
      'Jane Doe CV:header', 'Page 2 of 3:footer',
      'Jane Doe CV:header', 'Page 3 of 3:footer',
    ]);
  });

  it('ignores text repeated on only a minority of pages or away from the edges', () => {
    const pages = [1, 2, 3, 4].map((n) => page([[n <= 2 ? 'Lebenslauf' : `Other ${n}`, 30], ['Same sentence in the middle of the page', 400]]));
    expect(findRunningLines(pages).size).toBe(0);
  });
});

describe('small helpers', () => {
  it('de-hyphenates within a column only', () => {
    const line = (text: string, column: number): TextLine => ({ text, page: 1, fontSize: 10, bold: false, column, region: 'body' });
    expect(dehyphenate([line('a well done an-', 1), line('imated film', 1)]).map((l) => l.text)).toEqual(['a well done animated', 'film']);
    expect(dehyphenate([line('a well done an-', 1), line('imated film', 2)]).map((l) => l.text)).toEqual(['a well done an-', 'imated film']);
    expect(dehyphenate([line('a single an-', 1), line('imated', 1)]).map((l) => l.text)).toEqual(['a single animated']);
    // A suspended compound keeps its hyphen: the next line goes on with a conjunction.
    expect(dehyphenate([line('klanten in Oost-', 1), line('en West-Vlaanderen', 1)]).map((l) => l.text)).toEqual(['klanten in Oost-', 'en West-Vlaanderen']);
    expect(dehyphenate([line('Ein-', 1), line('und Ausgang', 1)]).map((l) => l.text)).toEqual(['Ein-', 'und Ausgang']);
    expect(dehyphenate([line('gest-', 1), line('ion de projet', 1)]).map((l) => l.text)).toEqual(['gestion', 'de projet']);
  });

  it('reads weight and icon fonts from the real font name', () => {
    expect(classifyFont('ABCDEF+Lato-Bold', {})).toEqual({ bold: true, kind: 'text' });
    expect(classifyFont('XYZABC+OpenSans-SemiBold', {})).toMatchObject({ bold: true });
    expect(classifyFont('CMBX10', {})).toMatchObject({ bold: true });
    expect(classifyFont('Helvetica', {})).toMatchObject({ bold: false });
    expect(classifyFont('Arial', { bold: true })).toMatchObject({ bold: true });
    expect(classifyFont('VMYLBG+FontAwesome5Free-Solid', {})).toMatchObject({ kind: 'icon' });
    expect(classifyFont('Wingdings-Regular', {})).toMatchObject({ kind: 'dingbat' });
  });

  it('drops icon glyphs and maps private-use bullets', () => {
    expect(cleanItemText('z', 'icon')).toBe('');
    expect(cleanItemText('§', 'dingbat')).toBe('•');
    expect(cleanItemText('\uf0b7 Python\u0007', 'text')).toBe('• Python');
    expect(cleanItemText('a\tb', 'text')).toBe('a b');
  });

  it('keeps one copy of overlaid text', () => {
    const kept = removeOverlaidDuplicates([run('Skills', 10, 100), run('Skills', 10.3, 100.2), run('Skills', 10, 300)]);
    expect(kept).toHaveLength(2);
    expect(kept[0]?.bold).toBe(true);
  });
});
