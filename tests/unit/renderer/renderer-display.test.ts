import { describe, expect, it } from 'vitest';
import { groupLines } from '../../../renderer/src/pages/candidate/extracted-blocks';
import { fileSize, formatDate, formatPeriod, todayLocal } from '../../../renderer/src/ui/format';
import { consentTone, importTone, noticeTone } from '../../../renderer/src/ui/tones';
import { bytesToBase64 } from '../../../renderer/src/lib/base64';

describe('formatPeriod', () => {
  it('writes parsed months and years, and the UI word for an ongoing period', () => {
    expect(formatPeriod({ from: { year: 2018, month: 10 }, current: true, text: '10/2018 - heden' }, 'en-GB', 'present')).toBe('Oct 2018 – present');
    expect(formatPeriod({ from: { year: 2009 }, to: { year: 2011 }, current: false, text: '2009-2011' }, 'en', 'present')).toBe('2009 – 2011');
  });
  it('falls back to the period as written when nothing was parsed', () => {
    expect(formatPeriod({ current: false, text: 'zomer 2019' }, 'en', 'present')).toBe('zomer 2019');
  });
});

describe('dates and sizes', () => {
  it('formats an ISO date without shifting it across time zones', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDate('2026-03-01T23:59:00.000Z', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
  it('gives today in local time', () => {
    expect(todayLocal(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
  it('shows KB below a megabyte and MB with one decimal above', () => {
    expect(fileSize(100)).toEqual({ unit: 'kb', size: '1' });
    expect(fileSize(5 * 1024)).toEqual({ unit: 'kb', size: '5' });
    expect(fileSize(3.25 * 1024 * 1024)).toEqual({ unit: 'mb', size: '3.3' });
  });
});

describe('extracted text blocks', () => {
  it('groups consecutive lines by page, region and column and marks each page start', () => {
    const blocks = groupLines([
      { text: 'Name', page: 1, region: 'body', column: 0 },
      { text: 'Profile', page: 1, region: 'body', column: 1 },
      { text: 'text', page: 1, region: 'body', column: 1 },
      { text: 'Skills', page: 1, region: 'body', column: 2 },
      { text: 'Page 1/2', page: 1, region: 'footer' },
      { text: 'more', page: 2, region: 'body', column: 1 },
    ]);
    expect(blocks.map((b) => [b.page, b.region, b.column, b.lines, b.firstOfPage])).toEqual([
      [1, 'body', 0, ['Name'], true],
      [1, 'body', 1, ['Profile', 'text'], false],
      [1, 'body', 2, ['Skills'], false],
      [1, 'footer', undefined, ['Page 1/2'], false],
      [2, 'body', 1, ['more'], true],
    ]);
  });
});

describe('status colours', () => {
  it('shows green only for usable states and red for a no', () => {
    expect(consentTone('given')).toBe('success');
    expect(consentTone('withdrawn')).toBe('danger');
    expect(consentTone('refused')).toBe('danger');
    expect(consentTone('expired')).toBe('warning');
    expect(noticeTone('overdue')).toBe('danger');
    expect(noticeTone('done')).toBe('success');
    expect(importTone('failed')).toBe('danger');
    expect(importTone('version')).toBe('success');
  });
});

describe('base64', () => {
  it('encodes large byte arrays in chunks, identical to Node', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7 + 3) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
