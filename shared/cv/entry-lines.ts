import type { CvLine } from './normalise';
import { wordCount } from './fold';
import { findPeriod, type PeriodMatch } from './period';
import { isLarger, type DocStyle } from './typography';

/** A period strong enough to anchor an entry: a range, "since …", or a lone year on a short line. */
export const anchorPeriod = (line: CvLine): PeriodMatch | undefined => {
  const p = findPeriod(line.text);
  if (!p) return undefined;
  if (p.kind !== 'single') return p;
  return wordCount(line.text) <= 8 && (p.start === 0 || p.end >= line.text.trimEnd().length - 1) ? p : undefined;
};

/** Running prose rather than a head line: long, or ends like a sentence. */
export const isProse = (line: CvLine): boolean => wordCount(line.text) > 14 || /[.!?]$/.test(line.text.trim());

/** Short enough, and set apart enough, to be part of an entry's title block. */
export const isHeadLike = (line: CvLine, style: DocStyle): boolean =>
  !line.bullet && !isProse(line) && (line.bold || isLarger(line, style) || anchorPeriod(line) !== undefined || wordCount(line.text) <= 10);

/** A line that dates an entry: not a bullet, and not a sentence that merely mentions a year. */
export const isAnchor = (line: CvLine): boolean => {
  if (line.bullet) return false;
  const p = anchorPeriod(line);
  return p !== undefined && (!isProse(line) || p.start === 0);
};
