import type { CvLine } from './normalise';
import { firstLetter, startsLower, wordCount } from './fold';
import { matchHeading, type HeadingMatch } from './headings';
import { findPeriod } from './period';
import { documentStyle, hasHeadingTypography, isLarger, sameStyle, styleOf, type DocStyle, type StyleKey } from './typography';

export interface HeadingDecision {
  /** The dictionary entry, when the heading is a known one. */
  match?: HeadingMatch;
}

/** Could this line be a heading at all: short, on its own, not a sentence, list item or date line. */
const headingShaped = (line: CvLine, maxWords: number, maxChars: number, allowLower = false): boolean => {
  const t = line.text;
  if (line.bullet || line.block === 'table-row' || line.block === 'list-item') return false;
  if (t.length > maxChars || wordCount(t) > maxWords) return false;
  if (firstLetter(t) === undefined || (startsLower(t) && !allowLower)) return false;
  if (/[.!?;,]$/.test(t) && !/\b(?:etc|cont)\.$/i.test(t)) return false;
  if (/@|https?:|www\.|\|/.test(t)) return false;
  // "Marital status: married" is a label with its value, not a heading.
  if (/\S\s*:\s*\S/.test(t)) return false;
  return findPeriod(t) === undefined;
};

const hasColon = (line: CvLine) => /:\s*$/.test(line.text);

const isDictionaryHeading = (line: CvLine, style: DocStyle): HeadingMatch | undefined => {
  // Lower-case headings exist (small caps, "design" CVs) but only count when set like headings.
  if (!headingShaped(line, 8, 70, hasHeadingTypography(line, style))) return undefined;
  const match = matchHeading(line.text);
  if (!match) return undefined;
  if (match.weak && !hasHeadingTypography(line, style) && !hasColon(line)) return undefined;
  return match;
};

/** A dictionary heading only counts as a style model when its style stands out from body text. */
const distinctive = (line: CvLine, style: DocStyle): boolean =>
  line.block === 'heading' || isLarger(line, style) || line.bold || (line.caps ?? false);

/** A date on the neighbouring line means this is the title of an entry, not of a section. */
const nextToPeriod = (lines: readonly CvLine[], i: number): boolean => {
  const line = lines[i];
  const near = [lines[i - 1], lines[i + 1], lines[i + 2]].filter(
    (l): l is CvLine => l !== undefined && line !== undefined && (l.column ?? 0) === (line.column ?? 0),
  );
  return near.some((l) => {
    const p = findPeriod(l.text);
    return p !== undefined && p.kind !== 'single' ? true : p !== undefined && wordCount(l.text) <= 3;
  });
};

/** The line finishes the one above it, which broke after a colon or dash ("Master in X:" / "Accountancy"). */
const continuesLine = (lines: readonly CvLine[], i: number): boolean => {
  const line = lines[i];
  const above = lines[i - 1];
  return line !== undefined && above !== undefined && (above.column ?? 0) === (line.column ?? 0) && /[-–—:,]$/.test(above.text.trim());
};

/**
 * Decide which lines are section headings. A known heading word counts when the line is shaped
 * like a heading (and, for ambiguous words, styled like one). An unknown line counts only when it is
 * styled exactly like the known headings of this document (or is a Word heading of the same level)
 * and is not the title of an entry; with no known headings at all, only strong typography counts.
 */
export const detectHeadings = (lines: readonly CvLine[], style = documentStyle(lines)): Map<number, HeadingDecision> => {
  const decisions = new Map<number, HeadingDecision>();
  const models: StyleKey[] = [];
  const levels = new Set<number>();
  lines.forEach((line, i) => {
    const match = isDictionaryHeading(line, style);
    if (!match) return;
    decisions.set(i, { match });
    if (distinctive(line, style)) models.push(styleOf(line));
    if (line.block === 'heading' && line.headingLevel !== undefined) levels.add(line.headingLevel);
  });
  // Before the first known heading come the name and contact lines, often styled like headings.
  const firstKnown = decisions.size > 0 ? Math.min(...decisions.keys()) : 0;
  const page1Largest = Math.max(0, ...lines.filter((l) => l.page === 1).map((l) => l.fontSize));
  lines.forEach((line, i) => {
    if (decisions.has(i) || i <= firstKnown || !headingShaped(line, 5, 40) || /\d/.test(line.text)) return;
    const key = styleOf(line);
    const styled =
      models.some((m) => sameStyle(m, key)) ||
      (line.block === 'heading' && line.headingLevel !== undefined && levels.has(line.headingLevel)) ||
      (decisions.size === 0 &&
        (line.block === 'heading' || (isLarger(line, style) && (line.bold || (line.caps ?? false)))) &&
        !(line.page === 1 && line.fontSize >= page1Largest));
    if (styled && !nextToPeriod(lines, i) && !continuesLine(lines, i)) decisions.set(i, {});
  });
  return decisions;
};
