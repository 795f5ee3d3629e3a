import type { ReactNode } from 'react';

/**
 * Always rendered, so that content appearing inside it is announced: `assertive` for errors,
 * `polite` for confirmations and notes.
 */
export function LiveRegion({ politeness = 'polite', children }: { readonly politeness?: 'polite' | 'assertive'; readonly children?: ReactNode }) {
  return (
    <div className="live-region" aria-live={politeness} aria-atomic="true">
      {children}
    </div>
  );
}
