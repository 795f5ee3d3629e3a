import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { VaultStatus } from '../../../shared/contract';
import { Icon } from '../components/Icon';
import { ImportQueueProvider } from '../import/ImportQueueProvider';
import { useImportQueue } from '../import/ImportQueueContext';
import { useT } from '../i18n/useT';
import { CandidatesPage } from '../pages/CandidatesPage';
import { ClientsPage } from '../pages/ClientsPage';
import { ImportPage } from '../pages/ImportPage';
import { RequestsPage } from '../pages/RequestsPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SharesPage } from '../pages/shares/SharesPage';
import { AuditPage } from '../pages/audit/AuditPage';
import { navBadges } from '../pages/requests/NavBadges';
import { useDueCounts } from '../pages/requests/due-counts';
import { RetentionPage } from '../pages/retention/RetentionPage';
import type { PageProps } from './PageProps';
import { DEFAULT_SECTION, SECTIONS, type SectionId } from './sections';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useFileDrop } from './useFileDrop';

const PAGES: Record<SectionId, ComponentType<PageProps>> = {
  candidates: CandidatesPage,
  import: ImportPage,
  clients: ClientsPage,
  requests: RequestsPage,
  shares: SharesPage,
  retention: RetentionPage,
  audit: AuditPage,
  settings: SettingsPage,
};

interface AppShellProps {
  readonly status: VaultStatus;
  readonly onLock: () => void;
  readonly onStatus: (status: VaultStatus) => void;
}

interface Route {
  readonly section: SectionId;
  readonly candidateId?: number;
}

/** The unlocked app: navigation on the left, the current section on the right. */
export function AppShell(props: AppShellProps) {
  return (
    <ImportQueueProvider>
      <Shell {...props} />
    </ImportQueueProvider>
  );
}

function Shell({ status, onLock, onStatus }: AppShellProps) {
  const { t } = useT();
  const queue = useImportQueue();
  const [route, setRoute] = useState<Route>({ section: DEFAULT_SECTION });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const section = SECTIONS.find((s) => s.id === route.section) ?? SECTIONS[0];
  const Page = PAGES[route.section];
  // Open and late rights requests, retention reviews due (reloaded when a page changes them).
  const dueCounts = useDueCounts();

  const navigate = useCallback((id: SectionId) => setRoute({ section: id }), []);
  const openCandidate = useCallback((id: number) => setRoute({ section: 'candidates', candidateId: id }), []);
  const { stage } = queue;
  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        stage(files);
        setRoute({ section: 'import' });
      },
      [stage],
    ),
  );

  // Move focus to the new page's heading after navigating (not on first render).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [route]);

  return (
    <div className="shell" data-testid="app-shell">
      <SideNav
        current={route.section}
        onSelect={navigate}
        autoLockMinutes={status.autoLockMinutes}
        badges={{ ...navBadges(dueCounts), ...(queue.summary.running ? { import: `${queue.summary.finished}/${queue.summary.total}` } : {}) }}
      />
      <div className="shell-main">
        <TopBar headingRef={heading} title={t(section.label)} subtitle={t(section.subtitle)} onLock={onLock} />
        <main className={route.candidateId ? 'page page-wide' : 'page'} data-testid={route.candidateId ? 'page-candidate' : `page-${route.section}`}>
          <Page
            key={route.candidateId ?? route.section}
            status={status}
            navigate={navigate}
            openCandidate={openCandidate}
            candidateId={route.candidateId}
            onStatus={onStatus}
          />
        </main>
      </div>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">
            <Icon name="upload" size={28} />
            <span>{t('import.dropOverlay')}</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
