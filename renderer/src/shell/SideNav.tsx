import type { ReactNode } from 'react';
import { Icon } from '../components/Icon';
import { Logo } from '../components/Logo';
import { useT } from '../i18n/useT';
import { SECTIONS, type SectionId } from './sections';

interface SideNavProps {
  readonly current: SectionId;
  readonly onSelect: (section: SectionId) => void;
  readonly autoLockMinutes: number;
  /** Live counters next to a section (e.g. an import running in the background). */
  readonly badges?: Partial<Record<SectionId, ReactNode>>;
}

/** The left column: logo, sections, and the vault's state at the bottom. */
export function SideNav({ current, onSelect, autoLockMinutes, badges }: SideNavProps) {
  const { t } = useT();
  return (
    <aside className="sidenav">
      <div className="sidenav-logo">
        <Logo />
      </div>
      <nav aria-label={t('shell.navLabel')}>
        <ul className="sidenav-list">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={s.id === current ? 'sidenav-item sidenav-item-active' : 'sidenav-item'}
                aria-current={s.id === current ? 'page' : undefined}
                onClick={() => onSelect(s.id)}
                data-testid={`nav-${s.id}`}
              >
                <Icon name={s.icon} size={18} />
                <span>{t(s.label)}</span>
                {badges?.[s.id] ? <span className="sidenav-badge">{badges[s.id]}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidenav-footer">
        <div className="vault-state">
          <span className="vault-state-icon">
            <Icon name="shieldCheck" size={16} />
          </span>
          <span>
            <span className="vault-state-title">{t('shell.unlocked')}</span>
            <span className="vault-state-detail">{t('shell.autoLock', { count: autoLockMinutes })}</span>
          </span>
        </div>
      </div>
    </aside>
  );
}
