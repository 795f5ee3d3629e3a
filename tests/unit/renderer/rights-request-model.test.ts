import { describe, expect, it } from 'vitest';
import { RIGHT_TYPES } from '../../../shared/rights/types';
import {
  actionFor,
  confirmationMatches,
  extensionMonthsLeft,
  insideFolder,
  requestTone,
  stepOf,
  toRecordInput,
} from '../../../renderer/src/pages/requests/request-model';

describe('rights request steps', () => {
  it('offers nothing but the identity check until a verification is recorded', () => {
    expect(stepOf({ status: 'open' })).toBe('verify');
    expect(stepOf({ status: 'open', verification: { method: 'known-email', by: 'An', at: '2026-03-04T10:00:00Z' } })).toBe('answer');
    expect(stepOf({ status: 'closed' })).toBe('closed');
    expect(stepOf({ status: 'closed', verification: { method: 'in-person', by: 'An', at: '2026-03-04T10:00:00Z' } })).toBe('closed');
  });

  it('maps every right to the action that answers it', () => {
    expect(Object.fromEntries(RIGHT_TYPES.map((r) => [r, actionFor(r)]))).toEqual({
      access: 'bundle',
      portability: 'bundle',
      erasure: 'erase',
      restriction: 'restriction',
      objection: 'objection',
      rectification: 'rectify',
      withdrawal: 'withdraw',
    });
  });

  it('colours late requests red, the last week amber, closed ones grey', () => {
    expect(requestTone({ status: 'open', overdue: true, daysLeft: -3 })).toBe('danger');
    expect(requestTone({ status: 'open', overdue: false, daysLeft: 0 })).toBe('warning');
    expect(requestTone({ status: 'open', overdue: false, daysLeft: 7 })).toBe('warning');
    expect(requestTone({ status: 'open', overdue: false, daysLeft: 8 })).toBe('accent');
    expect(requestTone({ status: 'closed', overdue: false, daysLeft: -40 })).toBe('neutral');
  });
});

describe('extension offer', () => {
  const open = { status: 'open' as const, receivedOn: '2026-01-31', extensionMonths: 0 };

  it('allows up to two months in total, until the first due date inclusive (month ends clamp)', () => {
    expect(extensionMonthsLeft(open, '2026-02-10')).toBe(2);
    expect(extensionMonthsLeft(open, '2026-02-28')).toBe(2);
    expect(extensionMonthsLeft(open, '2026-03-01')).toBe(0);
    expect(extensionMonthsLeft({ ...open, extensionMonths: 1 }, '2026-02-10')).toBe(1);
    expect(extensionMonthsLeft({ ...open, extensionMonths: 2 }, '2026-02-10')).toBe(0);
    expect(extensionMonthsLeft({ ...open, status: 'closed' }, '2026-02-10')).toBe(0);
  });
});

describe('typed confirmation of an erasure', () => {
  it('accepts the reference code in any case and with spaces around it, nothing else', () => {
    expect(confirmationMatches('CV-2026-0042', 'CV-2026-0042')).toBe(true);
    expect(confirmationMatches('  cv-2026-0042 ', 'CV-2026-0042')).toBe(true);
    expect(confirmationMatches('CV-2026-0043', 'CV-2026-0042')).toBe(false);
    expect(confirmationMatches('CV-2026-004', 'CV-2026-0042')).toBe(false);
    expect(confirmationMatches('', '')).toBe(false);
  });
});

describe('recording a request', () => {
  const today = '2026-03-04';
  const draft = { candidateId: 7, type: 'erasure', receivedOn: '2026-03-01', channel: 'letter' };

  it('builds the rights.add input', () => {
    expect(toRecordInput(draft, today)).toEqual({ ok: true, input: { candidateId: 7, type: 'erasure', receivedOn: '2026-03-01', channel: 'letter' } });
    expect(toRecordInput({ ...draft, receivedOn: today }, today).ok).toBe(true);
  });

  it('names every field that needs attention', () => {
    expect(toRecordInput({ candidateId: undefined, type: '', receivedOn: '', channel: 'fax' }, today)).toEqual({
      ok: false,
      problems: ['candidate', 'type', 'receivedOn', 'channel'],
    });
    expect(toRecordInput({ ...draft, receivedOn: '2026-03-05' }, today)).toEqual({ ok: false, problems: ['receivedFuture'] });
    expect(toRecordInput({ ...draft, type: 'deletion' }, today)).toEqual({ ok: false, problems: ['type'] });
  });
});

describe('bundle file names', () => {
  it('shows paths inside the bundle folder relative to it, for either separator', () => {
    expect(insideFolder('/tmp/out/CV-1-RQ-1', '/tmp/out/CV-1-RQ-1/files/a.pdf')).toBe('files/a.pdf');
    expect(insideFolder('C:\\out\\B', 'C:\\out\\B\\report.pdf')).toBe('report.pdf');
    expect(insideFolder('/tmp/out/B', '/tmp/out/B2/report.pdf')).toBe('/tmp/out/B2/report.pdf');
  });
});
