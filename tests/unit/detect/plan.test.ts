import { describe, expect, it } from 'vitest';
import { DETECTOR_VERSION, detectCv } from '../../../shared/detect/detect';
import { redactionSpans } from '../../../shared/detect/export-spans';
import { fingerprint } from '../../../shared/detect/fingerprint';
import { buildPlan, redactionReport } from '../../../shared/detect/plan';
import type { StoredDecision, StoredTerm } from '../../../shared/detect/plan-types';
import type { StructuredCv } from '../../../shared/cv/model';
import { cvWith } from './helpers';

const base = (): StructuredCv => ({
  ...cvWith(['Jan is a driven engineer.', 'Member of the ABVV trade union since 2015.', 'Java, Kotlin'], 'profile', ['Jan Peeters', 'jan.peeters@example.com']),
  sections: [
    { kind: 'profile', title: 'Profile', lines: ['Jan is a driven engineer.', 'Member of the ABVV trade union since 2015.'] },
    {
      kind: 'experience',
      title: 'Experience',
      lines: ['Developer – Acme NV', '• Built the Peeters-Tools library'],
      entries: [{ title: 'Developer', organisation: 'Acme NV', bullets: ['Built the Peeters-Tools library'], lines: ['Developer – Acme NV', '• Built the Peeters-Tools library'] }],
    },
  ],
});

const plan = (cv: StructuredCv, decisions: StoredDecision[] = [], terms: StoredTerm[] = [], version = 1, reviewed?: { by: string; at: string; version: number }) =>
  buildPlan({ candidateId: 7, version, detectorVersion: DETECTOR_VERSION, cv, detections: detectCv({ cv }), decisions, terms, ...(reviewed ? { reviewed } : {}) });

describe('redaction plan', () => {
  it('groups occurrences of the same text and type into one item with a stable id', () => {
    const p = plan(base());
    const jan = p.items.find((i) => i.type === 'name' && i.text === 'Jan');
    expect(jan?.id).toBe(fingerprint('identifier', 'name', 'JAN'));
    expect(p.items.every((i) => i.decision === 'pending' && i.redact)).toBe(true);
    expect(p.counts.special).toBe(1);
  });

  it('keeps decisions when detection runs again on an edited CV (offsets move, fingerprints do not)', () => {
    const first = plan(base());
    const union = first.items.find((i) => i.kind === 'special');
    const email = first.items.find((i) => i.type === 'email');
    if (!union || !email) throw new Error('expected a special statement and an e-mail');
    const decisions: StoredDecision[] = [
      { fingerprint: union.id, decision: 'reject', consultant: 'An', at: '2026-01-01T10:00:00.000Z' },
      { fingerprint: email.id, decision: 'accept', consultant: 'An', at: '2026-01-01T10:00:00.000Z' },
    ];
    const edited = base();
    edited.header = ['CURRICULUM VITAE', ...edited.header];
    edited.sections[0]?.lines.unshift('Summary first.');
    const again = plan(edited, decisions, [], 2);
    const union2 = again.items.find((i) => i.kind === 'special');
    expect(union2?.decision).toBe('reject');
    expect(union2?.redact).toBe(false);
    expect(union2?.occurrences[0]?.path).not.toBe(union.occurrences[0]?.path);
    expect(again.items.find((i) => i.type === 'email')?.decision).toBe('accept');
  });

  it('adds manual terms: per version, or always; one occurrence when a place is given', () => {
    const terms: StoredTerm[] = [
      { id: 1, text: 'Acme NV', always: false, cvVersion: 1, consultant: 'An', at: '2026-01-01T10:00:00.000Z' },
      { id: 2, text: 'kotlin', always: true, cvVersion: 1, consultant: 'An', at: '2026-01-01T10:00:00.000Z' },
      { id: 3, text: 'Developer', always: false, cvVersion: 2, path: 'sections.1.lines.0', consultant: 'An', at: '2026-01-01T10:00:00.000Z' },
    ];
    const cv = base();
    cv.sections[0]?.lines.push('Kotlin and Java');
    const v2 = plan(cv, [], terms, 2);
    const manual = v2.items.filter((i) => i.kind === 'manual');
    expect(manual.map((i) => [i.text, i.occurrences.length])).toEqual([
      ['kotlin', 1],
      ['Developer', 1],
    ]);
    expect(manual.every((i) => i.decision === 'accept')).toBe(true);
  });

  it('tells reviewed from stale (later decision, or an older CV version)', () => {
    const at = '2026-01-01T10:00:00.000Z';
    expect(plan(base(), [], [], 1, { by: 'An', at, version: 1 }).status.state).toBe('reviewed');
    expect(plan(base(), [], [], 2, { by: 'An', at, version: 1 }).status.state).toBe('stale');
    const later: StoredDecision[] = [{ fingerprint: 'f-x', decision: 'reject', consultant: 'An', at: '2026-01-02T10:00:00.000Z' }];
    expect(plan(base(), later, [], 1, { by: 'An', at, version: 1 }).status.state).toBe('stale');
    expect(plan(base()).status.state).toBe('unreviewed');
  });

  it('reports counts by type and section without any value', () => {
    const p = plan(base());
    const report = redactionReport(p);
    const json = JSON.stringify(report);
    for (const item of p.items) if (item.text.length > 2) expect(json).not.toContain(item.text);
    expect(report.removed.items).toBe(p.items.length);
    expect(report.byType.find((t) => t.type === 'trade-union')?.occurrences).toBe(1);
    expect(report.bySection.find((s) => s.section === 'profile')?.occurrences).toBeGreaterThanOrEqual(2);
  });

  it('turns the plan into spans over entry fields too, leaving rejected items out', () => {
    const cv = base();
    const p = plan(cv);
    const spans = redactionSpans(p, cv);
    expect(spans.some((s) => s.path === 'sections.1.entries.0.bullets.0' && s.text === 'Peeters')).toBe(true);
    const rejected = plan(cv, p.items.filter((i) => i.text === 'Peeters').map((i) => ({ fingerprint: i.id, decision: 'reject' as const, consultant: 'An', at: 'x' })));
    expect(redactionSpans(rejected, cv).some((s) => s.text === 'Peeters')).toBe(false);
  });
});
