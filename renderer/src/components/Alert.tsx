import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type AlertTone = 'error' | 'warning' | 'info' | 'success';

const ICONS: Record<AlertTone, IconName> = { error: 'alert', warning: 'alert', info: 'info', success: 'checkCircle' };

interface AlertProps {
  readonly tone: AlertTone;
  readonly title?: string;
  readonly children: ReactNode;
  readonly testId?: string;
  /** The error code behind the message, for tests and support. */
  readonly code?: string;
}

/** A message box. Put dynamic ones inside a <LiveRegion> so screen readers announce them. */
export function Alert({ tone, title, children, testId, code }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} data-testid={testId} data-code={code}>
      <Icon name={ICONS[tone]} size={18} className="alert-icon" />
      <div className="alert-body">
        {title ? <p className="alert-title">{title}</p> : null}
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}
