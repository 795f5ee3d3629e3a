import type { SourceKind } from '../candidates/source';
import type { Basis, EventStatus, Purpose } from './types';

/** Sources where the candidate sent us the CV themselves (incl. applying to an ad on a job site). */
const SENT_BY_CANDIDATE: readonly SourceKind[] = ['job-website', 'website-form', 'own-initiative'];
/** People already working with the firm: presenting them to clients is part of that contract. */
const UNDER_CONTRACT: readonly SourceKind[] = ['subcontractor'];
/** Posted their own details for recruiters to find: the firm's policy treats that as engagement for project mails. */
const PUBLISHED_FOR_RECRUITERS: readonly SourceKind[] = ['cv-library'];

/** Art. 14 applies when the data was not obtained from the candidate. */
export const obtainedFromCandidate = (kind: SourceKind): boolean =>
  SENT_BY_CANDIDATE.includes(kind) || UNDER_CONTRACT.includes(kind);

export interface DefaultBasis {
  purpose: Purpose;
  basis: Basis;
  status: EventStatus;
}

/**
 * What the app records at import, shown and editable: a CV the candidate sent may be shared and
 * kept on legitimate interest while explicit consent is pending; a sourced CV gets nothing, so
 * it cannot be shared until consent is given. Marketing follows the soft opt-in rule.
 */
export const defaultBases = (kind: SourceKind): DefaultBasis[] => {
  const out: DefaultBasis[] = [];
  if (SENT_BY_CANDIDATE.includes(kind)) {
    out.push({ purpose: 'client-sharing', basis: 'legitimate-interest', status: 'not-asked' });
    out.push({ purpose: 'talent-pool', basis: 'legitimate-interest', status: 'not-asked' });
  }
  if (UNDER_CONTRACT.includes(kind)) {
    out.push({ purpose: 'client-sharing', basis: 'contract', status: 'not-asked' });
    out.push({ purpose: 'talent-pool', basis: 'legitimate-interest', status: 'not-asked' });
  }
  if (SENT_BY_CANDIDATE.includes(kind) || UNDER_CONTRACT.includes(kind) || PUBLISHED_FOR_RECRUITERS.includes(kind))
    out.push({ purpose: 'marketing', basis: 'legitimate-interest', status: 'not-asked' });
  return out;
};
