import type { ExtractedText } from '../../../../shared/candidates/candidate';

type Line = ExtractedText['lines'][number];

export interface Block {
  readonly key: string;
  readonly page: number;
  readonly region: Line['region'];
  readonly column: number | undefined;
  readonly lines: string[];
  /** The first block of its page (where a page label goes). */
  readonly firstOfPage: boolean;
}

/** Consecutive lines of the same page, region and column (0 = full width, 1.. from the left), shown as one block. */
export const groupLines = (lines: readonly Line[]): Block[] => {
  const blocks: Block[] = [];
  for (const l of lines) {
    const last = blocks[blocks.length - 1];
    if (last && last.page === l.page && last.region === l.region && last.column === l.column) last.lines.push(l.text);
    else blocks.push({ key: `${blocks.length}`, page: l.page, region: l.region, column: l.column, lines: [l.text], firstOfPage: last?.page !== l.page });
  }
  return blocks;
};

