import { snapToWords } from './review-model';
import type { TextSelection } from './SelectionBar';

const unitOf = (node: Node | null): HTMLElement | null => {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>('[data-path]') ?? null;
};

/** Characters of `unit`'s text before (node, offset): the highlights split the text into several nodes. */
const offsetIn = (unit: HTMLElement, node: Node, offset: number): number => {
  const range = document.createRange();
  range.setStart(unit, 0);
  range.setEnd(node, offset);
  return range.toString().length;
};

export type SelectionRead = { readonly kind: 'none' } | { readonly kind: 'multi-line' } | { readonly kind: 'text'; readonly selection: TextSelection };

/** The words the mouse selected inside one unit of `container`, grown to whole words. */
export const readSelection = (container: HTMLElement | null): SelectionRead => {
  const sel = window.getSelection();
  if (!container || !sel || sel.isCollapsed || sel.rangeCount === 0) return { kind: 'none' };
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return { kind: 'none' };
  const unit = unitOf(range.startContainer);
  if (!unit || unit !== unitOf(range.endContainer)) return { kind: 'multi-line' };
  const text = unit.textContent ?? '';
  const snapped = snapToWords(text, offsetIn(unit, range.startContainer, range.startOffset), offsetIn(unit, range.endContainer, range.endOffset));
  const path = unit.dataset['path'];
  if (!snapped || !path) return { kind: 'none' };
  return { kind: 'text', selection: { path, start: snapped.start, text: snapped.text } };
};
