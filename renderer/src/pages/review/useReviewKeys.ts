import { useEffect } from 'react';

export interface ReviewKeyActions {
  readonly next: () => void;
  readonly previous: () => void;
  readonly accept: () => void;
  readonly reject: () => void;
  readonly reset: () => void;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog') !== null);

/** j/k next and previous finding, a remove, r keep, u undo: only while nobody is typing and no dialog is open. */
export const useReviewKeys = (actions: ReviewKeyActions, enabled: boolean): void => {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const bindings: Readonly<Record<string, () => void>> = { j: actions.next, k: actions.previous, a: actions.accept, r: actions.reject, u: actions.reset };
      const run = bindings[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
};
