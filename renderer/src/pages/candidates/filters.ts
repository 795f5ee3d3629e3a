import type { CandidateFilter } from '../../../../shared/candidates/candidate';
import { ConsentStatus } from '../../../../shared/consent/types';

/** The list's controls as the form holds them (strings), before they become a contract filter. */
export interface FilterDraft {
  readonly query: string;
  readonly consent: string;
  readonly shareable: '' | 'yes' | 'no';
  readonly noticeDue: boolean;
}

export const EMPTY_FILTERS: FilterDraft = { query: '', consent: '', shareable: '', noticeDue: false };

export const PAGE_SIZE = 50;

export const isFiltered = (d: FilterDraft): boolean => d.query.trim() !== '' || d.consent !== '' || d.shareable !== '' || d.noticeDue;

/** The candidates.list input for the form's state; unknown select values are ignored, not sent. */
export const toListInput = (
  d: FilterDraft,
  offset: number,
): { query?: string; filter?: CandidateFilter; limit: number; offset: number } => {
  const consent = ConsentStatus.safeParse(d.consent);
  const filter: CandidateFilter = {
    ...(consent.success ? { consent: consent.data } : {}),
    ...(d.shareable ? { shareable: d.shareable === 'yes' } : {}),
    ...(d.noticeDue ? { noticeDue: true } : {}),
  };
  const query = d.query.trim().slice(0, 200);
  return {
    ...(query ? { query } : {}),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    limit: PAGE_SIZE,
    offset,
  };
};
