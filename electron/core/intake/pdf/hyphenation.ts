import type { TextLine } from '../../../../shared/cv/document';

const ENDS_HYPHENATED = /\p{L}[-\u00ad]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/**
 * A suspended compound ("Oost- en West-Vlaanderen", "Ein- und Ausgang", "pre- and post-sales")
 * ends a line with a hyphen that stays: the next line goes on with a conjunction as a whole word.
 */
const STARTS_WITH_CONJUNCTION = /^(?:en|of|tot|und|oder|bis|sowie|et|ou|and|or|to)(?![\p{L}\p{N}])/u;

/**
 * Undoes hyphenation at line ends ("an-" + "imated classic" → "animated" + "classic"): only
 * when the next line of the same column continues in lower case, so "Jean-" + "Pierre" stays,
 * and not before a conjunction (a suspended compound).
 * The completed word moves up; lines stay lines.
 */
export const dehyphenate = (lines: TextLine[]): TextLine[] => {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const next = lines[i + 1];
    if (
      next &&
      next.page === line.page &&
      next.column === line.column &&
      next.region === line.region &&
      ENDS_HYPHENATED.test(line.text) &&
      STARTS_LOWER.test(next.text) &&
      !STARTS_WITH_CONJUNCTION.test(next.text) &&
      (next.gapBefore ?? 0) < 1.2 * line.fontSize
    ) {
      const match = /^(\S+)\s*(.*)$/u.exec(next.text);
      if (match) {
        line.text = line.text.slice(0, -1) + (match[1] ?? '');
        next.text = match[2] ?? '';
      }
    }
    if (line.text.length > 0) out.push(line);
  }
  return out;
};
