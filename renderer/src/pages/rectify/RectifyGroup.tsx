import type { ReactNode } from 'react';

interface RectifyGroupProps {
  readonly title: string;
  /** Ties the section's accessible name to its heading. */
  readonly titleId: string;
  readonly hint?: string;
  readonly testId: string;
  readonly children: ReactNode;
}

/** One titled group of fields in the rectification dialog. */
export function RectifyGroup({ title, titleId, hint, testId, children }: RectifyGroupProps) {
  return (
    <section className="rectify-group" aria-labelledby={titleId} data-testid={testId}>
      <header className="rectify-group-header">
        <h3 className="rectify-group-title" id={titleId}>
          {title}
        </h3>
        {hint ? <p className="card-description">{hint}</p> : null}
      </header>
      {children}
    </section>
  );
}
