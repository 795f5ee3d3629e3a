import type { ReactNode } from 'react';

interface CardProps {
  readonly title?: string;
  readonly description?: string | undefined;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly testId?: string;
  /** Names the section after its title (aria-labelledby), so it becomes a landmark. */
  readonly titleId?: string;
  /** Extra class next to `card`. */
  readonly className?: string;
  /** Extra class next to `card-body`. */
  readonly bodyClassName?: string;
}

/** A white panel with an optional heading; sections of a page are cards. */
export function Card({ title, description, children, footer, testId, titleId, className, bodyClassName }: CardProps) {
  return (
    <section className={className ? `card ${className}` : 'card'} data-testid={testId} aria-labelledby={title ? titleId : undefined}>
      {title ? (
        <header className="card-header">
          <h2 className="card-title" id={titleId}>
            {title}
          </h2>
          {description ? <p className="card-description">{description}</p> : null}
        </header>
      ) : null}
      <div className={bodyClassName ? `card-body ${bodyClassName}` : 'card-body'}>{children}</div>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
