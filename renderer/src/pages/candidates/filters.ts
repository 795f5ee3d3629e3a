import type { CandidateFilter } from '../../../../shared/candidates/candidate';
import { SourceKind } from '../../../../shared/candidates/source';
import { ConsentStatus } from '../../../../shared/consent/types';

/** The list's controls as the form holds them (strings), before they become a contract filter. */
export interface FilterDraft {
  readonly query: string;
  readonly consent: string;
  readonly shareable: '' | 'yes' | 'no';
  readonly noticeDue: boolean;
  /** Optional so older callers that build a draft by hand stay valid; '' or absent means any source. */
  readonly sourceKind?: string;
}

export const EMPTY_FILTERS: FilterDraft = { query: '', consent: '', shareable: '', noticeDue: false, sourceKind: '' };

export const PAGE_SIZE = 50;

export const isFiltered = (d: FilterDraft): boolean => d.query.trim() !== '' || d.consent !== '' || d.shareable !== '' || d.noticeDue || (d.sourceKind ?? '') !== '';

/** The candidates.list input for the form's state; unknown select values are ignored, not sent. */
export const toListInput = (
  d: FilterDraft,
  offset: number,
): { query?: string; filter?: CandidateFilter; limit: number; offset: number } => {
  const consent = ConsentStatus.safeParse(d.consent);
  const sourceKind = SourceKind.safeParse(d.sourceKind);
  const filter: CandidateFilter = {
    ...(consent.success ? { consent: consent.data } : {}),
    ...(d.shareable ? { shareable: d.shareable === 'yes' } : {}),
    ...(d.noticeDue ? { noticeDue: true } : {}),
    ...(sourceKind.success ? { sourceKind: sourceKind.data } : {}),
  };
  const query = d.query.trim().slice(0, 200);
  return {
    ...(query ? { query } : {}),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    limit: PAGE_SIZE,
    offset,
  };
};
