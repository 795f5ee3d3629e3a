import { describe, expect, it } from 'vitest';
import { breakText } from '../../../electron/core/export/render/layout/linebreak';
import { paginate } from '../../../electron/core/export/render/layout/paginate';
import { layoutDocument } from '../../../electron/core/export/render/layout/document';
import type { Slice } from '../../../electron/core/export/render/layout/types';
import type { CompanyCv } from '../../../shared/export/model';
import { Template } from '../../../shared/export/template';
import { fakeMeasurer } from './fake-measurer';

const body = { font: 'regular' as const, size: 10, color: '#000000' };

describe('line breaking', () => {
  it('fills each line greedily and never exceeds the width', () => {
    const lines = breakText(fakeMeasurer, 'aaaa bbbb cccc dddd eeee', body, 90); // 5 pt per char: 18 chars a line
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['aaaa bbbb cccc', 'dddd eeee']);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(90);
  });
  it('cuts a word longer than the line (a URL) instead of overflowing', () => {
    const lines = breakText(fakeMeasurer, 'x'.repeat(50), body, 100);
    expect(lines.map((l) => l.width)).toEqual([100, 100, 50]);
  });
  it('keeps a no-break space together and gives no lines for empty text', () => {
    const lines = breakText(fakeMeasurer, 'aaaaaaaaaaaaaaa 10\u00a0000', body, 100);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['aaaaaaaaaaaaaaa', '10\u00a0000']);
    expect(breakText(fakeMeasurer, '   ', body, 100)).toEqual([]);
  });
});

const slice = (label: string, height: number, keepWithNext = false, spaceBefore = 0): Slice => ({ label, height, keepWithNext, spaceBefore, draw: () => [] });
const labels = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((x) => x.slice.label));

describe('page breaks', () => {
  const frame = () => ({ top: 0, bottom: 100 });
  it('moves a heading that would end a page to the next page, with what follows', () => {
    const pages = paginate([slice('a', 40), slice('b', 40), slice('heading', 15, true), slice('line', 10)], frame);
    expect(labels(pages)).toEqual([['a', 'b'], ['heading', 'line']]);
  });
  it('keeps an entry title with its first line, and the chain before it', () => {
    const pages = paginate([slice('p', 60), slice('heading', 10, true), slice('title', 15, true), slice('first', 20)], frame);
    expect(labels(pages)).toEqual([['p'], ['heading', 'title', 'first']]);
  });
  it('drops the space before a slice at the top of a page', () => {
    const pages = paginate([slice('a', 90), slice('b', 20, false, 30)], frame);
    expect(pages[1]?.[0]?.top).toBe(0);
  });
  it('always ends: a chain longer than a page is broken, a slice taller than a page placed alone', () => {
    const chain = Array.from({ length: 12 }, (_, i) => slice(`k${i}`, 10, true));
    expect(labels(paginate([...chain, slice('end', 10)], frame)).flat()).toHaveLength(13);
    expect(labels(paginate([slice('huge', 250), slice('x', 10)], frame))).toEqual([['huge'], ['x']]);
  });
});

const template = Template.parse({
  schemaVersion: 1,
  name: 'Test',
  firm: { name: 'Firm' },
  colors: { primary: '#111111', accent: '#222222', text: '#333333', muted: '#444444', rule: '#555555' },
  fonts: { body: { family: 'F', regular: 'r.ttf', bold: 'b.ttf', italic: 'i.ttf' } },
  page: { size: 'A4', margins: { top: 15, right: 15, bottom: 15, left: 15 } },
  footer: { left: [['{confidential}']], right: [['{page}/{pages}']] },
  header: { left: [['{reference}']] },
  sections: { order: ['profile', 'experience'] },
  naming: { blind: 'reference', named: 'full-name' },
});

const longCv = (entries: number): CompanyCv => ({
  language: 'en',
  mode: 'blind',
  candidateLabel: 'CV-2026-0001',
  reference: 'CV-2026-0001',
  preparedBy: 'Sarah',
  date: '2026-03-14',
  sections: [
    { kind: 'profile', heading: 'Profile', blocks: [{ type: 'paragraph', text: 'word '.repeat(120) }] },
    {
      kind: 'experience',
      heading: 'Experience',
      blocks: Array.from({ length: entries }, (_, i) => ({ type: 'entry' as const, title: `Job ${i}`, organisation: 'Org', period: '2020 – 2021', lines: [], bullets: ['did a thing that took several words to describe properly', 'another thing'] })),
    },
  ],
});

const text = (ops: readonly { kind: string }[]) => ops.flatMap((o) => ('text' in o && typeof o.text === 'string' ? [o.text] : []));

describe('the document layout', () => {
  const doc = layoutDocument(longCv(40), template, fakeMeasurer, undefined);
  it('runs over several pages, numbered n/total in the footer', () => {
    expect(doc.pages.length).toBeGreaterThan(2);
    doc.pages.forEach((p, i) => expect(text(p.ops)).toContain(`${i + 1}/${doc.pages.length}`));
  });
  it('never ends a page with a heading or an entry title', () => {
    for (const p of doc.pages) {
      const last = p.placed.main[p.placed.main.length - 1] ?? '';
      expect(last).not.toMatch(/^heading:|:title$/);
    }
  });
  it('puts the running header (reference) on pages after the first only', () => {
    expect(text(doc.pages[0]?.ops ?? []).filter((t) => t === 'CV-2026-0001')).toHaveLength(1); // the title block
    expect(text(doc.pages[1]?.ops ?? [])).toContain('CV-2026-0001');
  });
  it('keeps every slice inside the page', () => {
    for (const p of doc.pages) for (const op of p.ops) if (op.kind === 'text') expect(op.y).toBeLessThan(doc.height);
  });
});
