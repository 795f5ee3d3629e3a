import type { RefObject } from 'react';
import { Button } from '../components/Button';
import { useT } from '../i18n/useT';

interface TopBarProps {
  readonly title: string;
  readonly subtitle: string;
  readonly onLock: () => void;
  /** The page heading, focused after navigation so screen readers announce the new page. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Page title on the left, the always-visible Lock button on the right. */
export function TopBar({ title, subtitle, onLock, headingRef }: TopBarProps) {
  const { t } = useT();
  return (
    <header className="topbar">
      <div>
        <h1 className="topbar-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="topbar-subtitle">{subtitle}</p>
      </div>
      <Button variant="secondary" icon="lock" onClick={onLock} title={t('shell.lockHint')} data-testid="lock-button">
        {t('shell.lock')}
      </Button>
    </header>
  );
}
