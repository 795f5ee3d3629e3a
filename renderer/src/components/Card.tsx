import type { ReactNode } from 'react';

interface CardProps {
  readonly title?: string;
  readonly description?: string;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly testId?: string;
}

/** A white panel with an optional heading; sections of a page are cards. */
export function Card({ title, description, children, footer, testId }: CardProps) {
  return (
    <section className="card" data-testid={testId}>
      {title ? (
        <header className="card-header">
          <h2 className="card-title">{title}</h2>
          {description ? <p className="card-description">{description}</p> : null}
        </header>
      ) : null}
      <div className="card-body">{children}</div>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
