import type { PageProps } from '../shell/PageProps';
import { useDueCountsRefresh } from './requests/due-counts';
import { NoticesDue } from './requests/NoticesDue';
import { RightsSection } from './requests/RightsSection';

/** What is owed to candidates: rights requests by due date, then art. 14 notices. */
export function RequestsPage({ openCandidate }: PageProps) {
  const refreshCounts = useDueCountsRefresh();
  return (
    <div className="stack-lg">
      <RightsSection onOpenCandidate={openCandidate} onChanged={refreshCounts} />
      <NoticesDue onOpen={openCandidate} />
    </div>
  );
}
