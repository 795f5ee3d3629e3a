import type { ReactNode } from 'react';
import type { SectionId } from '../../shell/sections';
import { badgeCounts, type BadgeCount, type DueCounts } from './due-counts';

const badge = (b: BadgeCount, testId: string): ReactNode => (
  <span className={b.late ? 'nav-count nav-count-late' : 'nav-count'} data-testid={testId} data-late={b.late}>
    {b.count}
  </span>
);

/** Counters beside Requests and Retention: red when something is late, nothing when all is clear. */
export const navBadges = (counts: DueCounts | undefined): Partial<Record<SectionId, ReactNode>> => {
  const { requests, retention } = badgeCounts(counts);
  return {
    ...(requests ? { requests: badge(requests, 'nav-count-requests') } : {}),
    ...(retention ? { retention: badge(retention, 'nav-count-retention') } : {}),
  };
};
