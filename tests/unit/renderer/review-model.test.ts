import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../../shared/detect/plan-types';
import { groupByKind, itemsInReadingOrder, marksByPath, segmentsOf, snapToWords, statementChain, step, type ReviewBlock } from '../../../renderer/src/pages/review/review-model';

const item = (id: string, kind: ReviewItem['kind'], type: string, occurrences: { path: string; start: number; end: number }[], decision: ReviewItem['decision'] = 'pending'): ReviewItem => ({
  id,
  kind,
  type,
  scope: kind === 'special' ? 'statement' : 'span',
  text: id,
  confidence: 1,
  rule: 'test',
  decision,
  redact: decision !== 'reject',
  occurrences: occurrences.map((o, i) => ({ id: `${id}-${i}`, section: 'profile', ...o })),
});

const blocks: ReviewBlock[] = [
  { section: 'header', units: [{ path: 'header.0', text: 'Jan Peeters', kind: 'header' }] },
  {
    section: 'profile',
    units: [
      { path: 'sections.0.lines.0', text: 'Jan is driven. I have had a burn-out in', kind: 'line' },
      { path: 'sections.0.lines.1', text: '  2019 and recovered fully. Java expert.', kind: 'line' },
      { path: 'sections.0.lines.2', text: 'Member of ACV since 2010.', kind: 'line' },
    ],
  },
];

describe('review text segments', () => {
  it('cuts a line at every highlight and marks the innermost finding of nested ones', () => {
    const name = item('name', 'identifier', 'name', [{ path: 'l', start: 0, end: 3 }]);
    const statement = item('health', 'special', 'health', [{ path: 'l', start: 0, end: 14 }]);
    const text = 'Jan was ill in 2019.';
    const segs = segmentsOf(text, marksByPath([statement, name]).get('l'));
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.itemId ?? null])).toEqual([
      ['Jan', 'name'],
      [' was ill in', 'health'],
      [' 2019.', null],
    ]);
    expect(segs[0]?.itemIds).toEqual(['name', 'health']);
  });

  it('leaves a line without findings whole, and ignores empty spans (the photo)', () => {
    expect(segmentsOf('Skills: Java', [])).toEqual([{ start: 0, end: 12, text: 'Skills: Java', itemIds: [] }]);
    expect(marksByPath([item('photo', 'identifier', 'photo', [{ path: 'photo', start: 0, end: 0 }])]).size).toBe(0);
  });
});

describe('reading order, groups and keyboard steps', () => {
  const name = item('name', 'identifier', 'name', [{ path: 'sections.0.lines.0', start: 0, end: 3 }, { path: 'header.0', start: 0, end: 11 }]);
  const union = item('union', 'special', 'trade-union', [{ path: 'sections.0.lines.2', start: 0, end: 25 }], 'accept');
  const prop = item('prop', 'identifier', 'property', [{ path: 'properties.author', start: 0, end: 5 }]);
  const manual = item('manual', 'manual', 'manual', [{ path: 'sections.0.lines.1', start: 30, end: 34 }], 'accept');
  const ordered = itemsInReadingOrder([prop, union, manual, name], blocks);

  it('orders findings by their first place in the CV; file properties come last', () => {
    expect(ordered.map((i) => i.id)).toEqual(['name', 'manual', 'union', 'prop']);
  });

  it('groups by kind with counts of undecided findings', () => {
    expect(groupByKind(ordered).map((g) => [g.kind, g.items.length, g.pending])).toEqual([
      ['identifier', 2, 2],
      ['special', 1, 0],
      ['manual', 1, 0],
    ]);
  });

  it('j/k move to the next and previous finding and wrap around', () => {
    expect(step(ordered, undefined, 1)).toBe('name');
    expect(step(ordered, undefined, -1)).toBe('prop');
    expect(step(ordered, 'name', 1)).toBe('manual');
    expect(step(ordered, 'prop', 1)).toBe('name');
    expect(step(ordered, 'name', -1)).toBe('prop');
    expect(step([], undefined, 1)).toBeUndefined();
  });
});

describe('a statement wrapped over lines is decided as one', () => {
  const first = item('h1', 'special', 'health', [{ path: 'sections.0.lines.0', start: 15, end: 39 }]);
  const second = item('h2', 'special', 'health', [{ path: 'sections.0.lines.1', start: 2, end: 27 }]);
  const union = item('u', 'special', 'trade-union', [{ path: 'sections.0.lines.2', start: 0, end: 25 }]);

  it('joins the piece that runs to the end of a line with the one that starts the next', () => {
    expect(statementChain([first, second, union], blocks, 'h1')).toEqual(['h1', 'h2']);
    expect(statementChain([first, second, union], blocks, 'h2')).toEqual(['h2', 'h1']);
  });

  it('keeps apart other categories, pieces that do not touch the line break, and identifiers', () => {
    expect(statementChain([first, second, union], blocks, 'u')).toEqual(['u']);
    const midLine = item('h3', 'special', 'health', [{ path: 'sections.0.lines.1', start: 10, end: 27 }]);
    expect(statementChain([first, midLine], blocks, 'h1')).toEqual(['h1']);
    const name = item('n', 'identifier', 'name', [{ path: 'sections.0.lines.0', start: 0, end: 3 }]);
    expect(statementChain([name, first], blocks, 'n')).toEqual(['n']);
  });
});

describe('a mouse selection grows to whole words', () => {
  const text = 'Worked at Acme Logistics NV, Gent.';
  it('extends a selection that starts or ends inside a word', () => {
    expect(snapToWords(text, 11, 17)).toEqual({ start: 10, end: 24, text: 'Acme Logistics' });
  });
  it('trims spaces and trailing punctuation', () => {
    expect(snapToWords(text, 9, 28)).toEqual({ start: 10, end: 27, text: 'Acme Logistics NV' });
    expect(snapToWords(text, 29, 34)).toEqual({ start: 29, end: 33, text: 'Gent' });
  });
  it('keeps an e-mail address whole', () => {
    expect(snapToWords('Mail: jan.peeters@mail.be now', 10, 15)?.text).toBe('jan.peeters@mail.be');
  });
  it('refuses a selection of only spaces or punctuation', () => {
    expect(snapToWords(text, 27, 29)).toBeUndefined();
    expect(snapToWords(text, 5, 5)).toBeUndefined();
  });
});
