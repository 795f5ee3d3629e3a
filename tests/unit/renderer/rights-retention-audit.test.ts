import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICIES } from '../../../shared/rights/retention';
import { EMPTY_FILTERS, isFiltered, PAGE_SIZE, toListInput } from '../../../renderer/src/pages/candidates/filters';
import { describeDetails, EMPTY_AUDIT_FILTER, toAuditQuery } from '../../../renderer/src/pages/audit/audit-model';
import { badgeCounts } from '../../../renderer/src/pages/requests/due-counts';
import { checkRetentionExtension, fromPolicyDraft, retentionTone, toPolicyDraft } from '../../../renderer/src/pages/retention/retention-model';

describe('retention review', () => {
  it('colours overdue red and due amber', () => {
    expect([retentionTone('overdue'), retentionTone('due'), retentionTone('ok')]).toEqual(['danger', 'warning', 'success']);
  });

  it('keeps longer only to a later date, with a reason', () => {
    expect(checkRetentionExtension({ until: '2027-01-01', reason: 'Project interview' }, '2026-06-01')).toEqual([]);
    expect(checkRetentionExtension({ until: '2026-06-01', reason: 'Project interview' }, '2026-06-01')).toEqual(['untilNotLater']);
    expect(checkRetentionExtension({ until: '', reason: ' a ' }, '2026-06-01')).toEqual(['until', 'reason']);
  });

  it('round-trips the policies through the form and refuses values outside the schema', () => {
    expect(fromPolicyDraft(toPolicyDraft(DEFAULT_RETENTION_POLICIES))).toEqual({ ok: true, value: DEFAULT_RETENTION_POLICIES });
    const draft = toPolicyDraft(DEFAULT_RETENTION_POLICIES);
    expect(fromPolicyDraft({ ...draft, notPlacedMonths: '0', noticeDays: '400' })).toEqual({ ok: false, fields: ['notPlacedMonths', 'noticeDays'] });
    expect(fromPolicyDraft({ ...draft, placedMonths: '12.5' })).toEqual({ ok: false, fields: ['placedMonths'] });
    expect(fromPolicyDraft({ ...draft, noticeDays: '0' }).ok).toBe(true);
  });
});

describe('audit filters', () => {
  it('sends only what is set; the "until" day is included', () => {
    expect(toAuditQuery(EMPTY_AUDIT_FILTER, { limit: 50, offset: 0 })).toEqual({ limit: 50, offset: 0 });
    expect(toAuditQuery({ group: 'rights', subjectRef: ' cv-2026-0002 ', from: '2026-03-01', to: '2026-03-31' }, { limit: 50, offset: 100 })).toEqual({
      action: 'rights.',
      subjectRef: 'CV-2026-0002',
      from: '2026-03-01',
      to: '2026-04-01',
      limit: 50,
      offset: 100,
    });
  });

  it('ignores an unknown action group and half-typed dates', () => {
    expect(toAuditQuery({ group: 'drop table', subjectRef: '', from: '2026-3-1', to: 'x' }, { limit: 10, offset: 0 })).toEqual({ limit: 10, offset: 0 });
  });

  it('describes details as flat key: value lines', () => {
    expect(describeDetails({ id: 3, method: 'id-document', result: { ref: 'RQ-2026-0003', status: 'open' }, fields: ['id', 'method'], recipientClientIds: [] })).toEqual([
      'id: 3',
      'method: id-document',
      'result.ref: RQ-2026-0003',
      'result.status: open',
      'fields: id, method',
      'recipientClientIds: —',
    ]);
    expect(describeDetails({ requests: [{ ref: 'RQ-1' }] })).toEqual(['requests: [{"ref":"RQ-1"}]']);
  });
});

describe('navigation counters', () => {
  it('shows nothing when all is clear or not loaded', () => {
    expect(badgeCounts(undefined)).toEqual({});
    expect(badgeCounts({ requestsOpen: 0, requestsOverdue: 0, retentionDue: 0, retentionOverdue: 0, autoErased: 0 })).toEqual({});
  });

  it('counts open requests and retention reviews, late when any is overdue', () => {
    expect(badgeCounts({ requestsOpen: 3, requestsOverdue: 1, retentionDue: 2, retentionOverdue: 0, autoErased: 0 })).toEqual({
      requests: { count: 3, late: true },
      retention: { count: 2, late: false },
    });
    expect(badgeCounts({ requestsOpen: 2, requestsOverdue: 0, retentionDue: 0, retentionOverdue: 1, autoErased: 0 })).toEqual({
      requests: { count: 2, late: false },
      retention: { count: 1, late: true },
    });
  });
});

describe('candidate list source filter', () => {
  it('sends a known source kind and ignores anything else', () => {
    expect(toListInput({ ...EMPTY_FILTERS, sourceKind: 'referral' }, 0)).toEqual({ filter: { sourceKind: 'referral' }, limit: PAGE_SIZE, offset: 0 });
    expect(toListInput({ ...EMPTY_FILTERS, sourceKind: 'fax' }, 0)).toEqual({ limit: PAGE_SIZE, offset: 0 });
    expect(isFiltered({ ...EMPTY_FILTERS, sourceKind: 'referral' })).toBe(true);
  });
});
