import type { ReactNode } from 'react';
import { Icon, type IconName } from '../components/Icon';

interface ProblemMessageProps {
  readonly icon: IconName;
  readonly tone: 'warning' | 'danger';
  readonly title: string;
  readonly children: ReactNode;
  readonly testId: string;
}

/** Icon, heading and explanation for a screen that stops the user and says what to do. */
export function ProblemMessage({ icon, tone, title, children, testId }: ProblemMessageProps) {
  return (
    <div className="problem" data-testid={testId} role="alert">
      <div className={`problem-icon problem-icon-${tone}`}>
        <Icon name={icon} size={24} />
      </div>
      <h1 className="title-lg">{title}</h1>
      {children}
    </div>
  );
}
