import { addDays, isoDate } from '../../../shared/dates';
import type { RightsQueue } from '../../../shared/contract/rights';
import type { RightsRequest } from '../../../shared/rights/types';
import type { Handlers } from '../api/handlers';
import type { Session } from '../api/session';
import { listAuditRows, rowToEntry } from '../audit/repo';
import { verifyAuditChain } from '../audit/verify';
import { extendRetention, markPlaced } from '../retention/actions';
import { autoEraseState } from '../retention/auto-erase';
import { retentionDue, retentionOf } from '../retention/due';
import { loadPolicies, savePolicies } from '../retention/policies';
import { writeBundle } from './bundle/write';
import { eraseCandidate } from './erase';
import { addRequest, closeRequest, extendRequest, listRequests, verifyIdentity } from './requests';
import { setProcessingFlag } from './restrict';

type OwnCalls = Extract<keyof Handlers, `rights.${string}` | `retention.${string}` | `audit.${string}`>;

const queue = (requests: RightsRequest[], today: string): RightsQueue => {
  const open = requests.filter((r) => r.status === 'open');
  const weekAhead = addDays(today, 7);
  return {
    requests,
    counts: { open: open.length, overdue: open.filter((r) => r.overdue).length, dueWithinWeek: open.filter((r) => !r.overdue && r.dueOn <= weekAhead).length },
  };
};

/** The rights, retention and audit calls (issue 7), spread into the handler table. */
export const rightsHandlers = (session: Session): Pick<Handlers, OwnCalls> => {
  const db = () => session.requireVault().db;
  return {
    'rights.add': (r) => addRequest(db(), r),
    'rights.list': ({ openOnly, candidateId }) => {
      const now = new Date();
      return queue(listRequests(db(), { openOnly, candidateId }, now), isoDate(now));
    },
    'rights.verifyIdentity': ({ id, method }) => verifyIdentity(db(), id, method),
    'rights.extend': ({ id, months, reason }) => extendRequest(db(), id, { months, reason }),
    'rights.close': ({ id, outcome }) => closeRequest(db(), id, outcome),
    'rights.export': ({ id, outDir }) => writeBundle(db(), id, outDir),
    'rights.erase': ({ candidateId }) => eraseCandidate(db(), candidateId, 'erase'),
    'rights.restrict': ({ candidateId, flag, lift, reason }) => setProcessingFlag(db(), candidateId, { flag, lift, reason }),
    'retention.policies': () => loadPolicies(db()),
    'retention.setPolicies': (patch) => savePolicies(db(), patch, new Date().toISOString()),
    'retention.due': () => retentionDue(db()),
    'retention.autoErase': () => autoEraseState(db()),
    'retention.get': ({ candidateId }) => retentionOf(db(), candidateId),
    'retention.extend': ({ candidateId, until, reason }) => extendRetention(db(), candidateId, { until, reason }),
    'retention.placed': ({ candidateId, placedOn }) => markPlaced(db(), candidateId, placedOn),
    'retention.anonymise': ({ candidateId }) => eraseCandidate(db(), candidateId, 'anonymise'),
    'audit.verify': () => verifyAuditChain(db()),
    'audit.list': (f) => {
      const { rows, total } = listAuditRows(db(), f);
      return {
        items: rows.map((r) => {
          const e = rowToEntry(r);
          return { id: e.id, at: e.at, actor: e.actor, action: e.action, ...(e.subjectRef ? { subjectRef: e.subjectRef } : {}), details: e.details, hash: r.hash };
        }),
        total,
      };
    },
  };
};
