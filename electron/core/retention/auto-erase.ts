import { AutoEraseRun, type AutoEraseHold, type AutoEraseState } from '../../../shared/rights/retention';
import { getSetting, setSetting } from '../repositories/settings';
import { activeFlags } from '../repositories/processing-flags';
import { eraseCandidate } from '../rights/erase';
import { listRequestRows } from '../rights/requests-repo';
import type { Db } from '../vault/database';
import { retentionDue } from './due';
import { loadPolicies } from './policies';

const LAST_RUN = 'retention.autoErase.lastRun';

/**
 * Why an overdue candidate must still wait for a person: a restriction (art. 18) often means the
 * data is needed for a legal claim, and an open request other than erasure has to be answered from
 * the data first. An open erasure request is answered by the erasure itself.
 */
const holdOf = (db: Db, candidateId: number): AutoEraseHold | undefined => {
  if (activeFlags(db, candidateId).restricted) return 'restricted';
  const open = listRequestRows(db, { openOnly: true, candidateId });
  return open.some((r) => r.type !== 'erasure') ? 'open-request' : undefined;
};

/**
 * When the firm switched automatic erasure on, erases every candidate whose retention date has
 * passed, one transaction each, and keeps a summary of the run (reference codes only). Does nothing
 * when it is off. Candidates that are due but not yet overdue are left for the Retention screen.
 */
export const runAutoErase = (db: Db, now: Date = new Date()): AutoEraseRun | undefined => {
  if (!loadPolicies(db).autoErase) return undefined;
  const run: AutoEraseRun = { at: now.toISOString(), erased: [], kept: [] };
  for (const due of retentionDue(db, now)) {
    if (due.status !== 'overdue') continue;
    const hold = holdOf(db, due.candidateId);
    if (hold) {
      run.kept.push({ ref: due.ref, candidateId: due.candidateId, hold });
      continue;
    }
    try {
      const r = eraseCandidate(db, due.candidateId, 'erase', now, { situation: due.situation, dueOn: due.dueOn });
      run.erased.push({ ref: due.ref, situation: due.situation, dueOn: due.dueOn, tellClients: r.recipients.map((c) => c.clientName) });
    } catch {
      // One candidate that cannot be erased must not stop the others, nor the unlock that ran this.
      run.kept.push({ ref: due.ref, candidateId: due.candidateId, hold: 'failed' });
    }
  }
  setSetting(db, LAST_RUN, JSON.stringify(run), run.at);
  return run;
};

export const autoEraseState = (db: Db): AutoEraseState => {
  const raw = getSetting(db, LAST_RUN);
  const parsed = raw ? AutoEraseRun.safeParse(JSON.parse(raw)) : undefined;
  return { enabled: loadPolicies(db).autoErase, lastRun: parsed?.success ? parsed.data : null };
};
