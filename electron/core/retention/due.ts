import { isoDate } from '../../../shared/dates';
import { computeRetention, type RetentionDue } from '../../../shared/rights/retention';
import { requireCandidate } from '../candidates/require';
import type { CandidateRow } from '../repositories/candidates';
import type { Db } from '../vault/database';
import { retentionFacts } from './facts';
import { loadPolicies } from './policies';

export interface CandidateRetention extends RetentionDue {
  candidateId: number;
  ref: string;
  extensionReason?: string | undefined;
}

export const retentionOf = (db: Db, candidateId: number, now: Date = new Date()): CandidateRetention => {
  const c = requireCandidate(db, candidateId);
  const today = isoDate(now);
  return { candidateId: c.id, ref: c.ref, ...computeRetention(retentionFacts(db, c, today), loadPolicies(db), today) };
};

/** Candidates whose retention date is reached or near: overdue first, then soonest. Lists only; never deletes. */
export const retentionDue = (db: Db, now: Date = new Date()): CandidateRetention[] => {
  const today = isoDate(now);
  const policies = loadPolicies(db);
  const out: CandidateRetention[] = [];
  for (const c of db.prepare(`SELECT * FROM candidates ORDER BY id`).iterate() as IterableIterator<CandidateRow>) {
    const r = computeRetention(retentionFacts(db, c, today), policies, today);
    if (r.status !== 'ok') out.push({ candidateId: c.id, ref: c.ref, ...r });
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.candidateId - b.candidateId);
};
