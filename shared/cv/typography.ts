import type { CvLine } from './normalise';

/** What "normal" looks like in this document, so cues are relative to it, never absolute. */
export interface DocStyle {
  /** The font size most text is set in (weighted by characters). */
  bodySize: number;
  /** The usual vertical gap between lines of a paragraph (PDF only; 0 when unknown). */
  typicalGap: number;
}

/** Size, weight and case together: section headings in one CV share one of these. */
export interface StyleKey {
  size: number;
  bold: boolean;
  caps: boolean;
}

const roundHalf = (n: number): number => Math.round(n * 2) / 2;

const weightedMode = (pairs: ReadonlyArray<readonly [number, number]>): number => {
  const totals = new Map<number, number>();
  for (const [value, weight] of pairs) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight || (weight === bestWeight && value < best)) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
};

const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export const documentStyle = (lines: readonly CvLine[]): DocStyle => {
  const body = lines.filter((l) => l.region === 'body');
  const bodySize = weightedMode(body.filter((l) => l.fontSize > 0).map((l) => [roundHalf(l.fontSize), l.text.length] as const));
  const gaps = body.map((l) => l.gapBefore).filter((g): g is number => g !== undefined && g > 0);
  return { bodySize, typicalGap: median(gaps) };
};

export const styleOf = (line: CvLine): StyleKey => ({ size: roundHalf(line.fontSize), bold: line.bold, caps: line.caps ?? false });

export const sameStyle = (a: StyleKey, b: StyleKey): boolean =>
  a.bold === b.bold && a.caps === b.caps && Math.abs(a.size - b.size) <= Math.max(0.5, a.size * 0.04);

/** Set larger than the body text (by more than rounding noise). */
export const isLarger = (line: CvLine, style: DocStyle): boolean =>
  style.bodySize > 0 && line.fontSize >= style.bodySize * 1.12 && line.fontSize - style.bodySize >= 1;

export const isSmaller = (line: CvLine, style: DocStyle): boolean =>
  style.bodySize > 0 && line.fontSize > 0 && line.fontSize <= style.bodySize * 0.8;

/** Preceded by clearly more space than lines of a paragraph are. */
export const hasSpaceBefore = (line: CvLine, style: DocStyle): boolean =>
  line.gapBefore !== undefined && style.typicalGap > 0 && line.gapBefore >= style.typicalGap * 1.6;

/** Looks set apart from body text: larger, bold, capitals, a Word heading, or spaced off. */
export const hasHeadingTypography = (line: CvLine, style: DocStyle): boolean =>
  line.block === 'heading' || isLarger(line, style) || line.bold || (line.caps ?? false) || hasSpaceBefore(line, style);
