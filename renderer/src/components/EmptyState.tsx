import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface EmptyStateProps {
  readonly icon: IconName;
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
  readonly badge?: ReactNode;
  readonly testId?: string;
}

/** What a screen shows before it has content: what will be here, and how to get started. */
export function EmptyState({ icon, title, children, action, badge, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-state-icon">
        <Icon name={icon} size={26} />
      </div>
      {badge}
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-text">{children}</p>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}
