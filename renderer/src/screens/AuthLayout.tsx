import type { ReactNode } from 'react';
import { Icon, type IconName } from '../components/Icon';
import { Logo } from '../components/Logo';
import { useT } from '../i18n/useT';

const POINTS: readonly { icon: IconName; key: 'auth.aside.encrypted' | 'auth.aside.offline' | 'auth.aside.autoLock' }[] = [
  { icon: 'shieldCheck', key: 'auth.aside.encrypted' },
  { icon: 'wifiOff', key: 'auth.aside.offline' },
  { icon: 'lock', key: 'auth.aside.autoLock' },
];

/** Create and Unlock: a brand panel on the left, the form on the right. */
export function AuthLayout({ children, vaultDir }: { readonly children: ReactNode; readonly vaultDir: string }) {
  const { t } = useT();
  return (
    <div className="auth">
      <aside className="auth-aside">
        <Logo inverted />
        <div className="auth-aside-content">
          <p className="auth-aside-title">{t('auth.aside.title')}</p>
          <ul className="auth-points">
            {POINTS.map((p) => (
              <li key={p.key}>
                <span className="auth-point-icon">
                  <Icon name={p.icon} size={18} />
                </span>
                {t(p.key)}
              </li>
            ))}
          </ul>
        </div>
        <p className="auth-aside-footer">{t('app.tagline')}</p>
      </aside>
      <main className="auth-main">
        <div className="auth-panel">
          {children}
          <p className="auth-folder">
            <Icon name="folder" size={14} />
            <span className="visually-hidden">{t('auth.vaultFolder')}: </span>
            <span className="auth-folder-path" title={vaultDir}>
              {vaultDir}
            </span>
          </p>
        </div>
      </main>
    </div>
  );
}

/** The heading of the Create or Unlock form; `id` names the form after it. */
export function AuthHeader({ id, title, intro }: { readonly id: string; readonly title: string; readonly intro: string }) {
  return (
    <header className="form-header">
      <h1 id={id} className="title-xl">
        {title}
      </h1>
      <p className="lead">{intro}</p>
    </header>
  );
}
