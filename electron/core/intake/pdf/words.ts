import type { Run } from './types';

/** Gap between two pieces, as a fraction of the font size, above which a space is meant. */
const SPACE_GAP = 0.17;

interface Token {
  text: string;
  /** Whitespace (or a gap) separates it from the previous token. */
  spaced: boolean;
  /** Measured gap to the previous token in font sizes, when the two came from different runs. */
  gap?: number;
  /**
   * A stronger separator than its neighbours: two or more spaces inside one item, or an explicit
   * space item between items. In letter-spaced text that is where one word ends.
   */
  wide: boolean;
}

const tokenize = (runs: readonly Run[]): Token[] => {
  const tokens: Token[] = [];
  let prev: Run | undefined;
  let pendingSpace = false;
  for (const run of runs) {
    if (run.blank) {
      pendingSpace = prev !== undefined;
      continue;
    }
    const parts = run.text.split(/(\s+)/);
    let first = true;
    let lead = '';
    for (const part of parts) {
      if (part.length === 0) continue;
      if (/^\s+$/.test(part)) {
        lead = part;
        continue;
      }
      if (first && prev) {
        const size = Math.min(prev.size, run.size);
        const gap = (run.x0 - prev.x1) / size;
        tokens.push({ text: part, spaced: pendingSpace || lead.length > 0 || gap > SPACE_GAP, gap, wide: pendingSpace || lead.length > 1 });
      } else {
        tokens.push({ text: part, spaced: tokens.length > 0 && (lead.length > 0 || !first), wide: lead.length > 1 });
      }
      first = false;
      lead = '';
    }
    // Trailing whitespace inside an item separates it from the next one.
    pendingSpace = /\s$/.test(run.text);
    prev = run;
  }
  return tokens;
};

const isSingleLetter = (t: Token): boolean => /^\p{L}$/u.test(t.text);

const isHyphen = (t: Token | undefined): boolean => t !== undefined && /^[\u002D\u2010\u2011]$/u.test(t.text);

/**
 * A hyphen spaced out like the letters around it joins two parts of one name ("P I E T E R - J A N").
 * Called for a token after at least two of a letter-spaced sequence; the hyphen belongs to the
 * sequence when two letters stand right before it and two spaced letters follow.
 */
const joinsLetters = (tokens: readonly Token[], j: number): boolean => {
  const letter = (k: number, spaced: boolean) => {
    const t = tokens[k];
    return t !== undefined && isSingleLetter(t) && (!spaced || t.spaced);
  };
  return isHyphen(tokens[j]) && tokens[j]?.spaced === true && letter(j - 2, false) && letter(j - 1, false) && letter(j + 1, true) && letter(j + 2, true);
};

/** Where a letter-spaced sequence breaks into words: measured gaps, stronger separators, then case. */
const wordBreaks = (seq: readonly Token[]): boolean[] => {
  const gaps = seq.slice(1).map((t) => t.gap).filter((g): g is number => g !== undefined);
  const breaks = seq.map(() => false);
  if (gaps.length >= Math.max(2, (seq.length - 1) / 2)) {
    const sorted = [...gaps].sort((a, b) => a - b);
    const typical = sorted[Math.floor(sorted.length / 3)] ?? 0;
    seq.forEach((t, i) => {
      if (i > 0 && ((t.gap !== undefined && t.gap > typical * 1.6 && t.gap - typical > 0.15) || t.wide)) breaks[i] = true;
    });
    return breaks;
  }
  if (seq.some((t, i) => i > 0 && t.wide)) {
    seq.forEach((t, i) => (breaks[i] = i > 0 && t.wide));
    return breaks;
  }
  seq.forEach((t, i) => {
    const prev = seq[i - 1];
    breaks[i] = prev !== undefined && /\p{Ll}/u.test(prev.text) && /\p{Lu}/u.test(t.text);
  });
  return breaks;
};

/** `J A R E D  S M I T H` → `JARED SMITH`: spaced-out capitals in names and headings. */
const rejoinLetterSpacing = (tokens: Token[]): Token[] => {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && ((isSingleLetter(tokens[j] as Token) && (j === i || (tokens[j] as Token).spaced)) || (j > i + 1 && joinsLetters(tokens, j)))) j++;
    const length = j - i;
    const share = length / tokens.length;
    if (length >= 3 && (share >= 0.6 || length >= 5)) {
      const seq = tokens.slice(i, j);
      const breaks = wordBreaks(seq);
      // A hyphen set off by word gaps is a dash between words, not part of one.
      const dash = (k: number) => isHyphen(seq[k]) && (breaks[k] === true || breaks[k + 1] === true);
      seq.forEach((t, k) => {
        if (k === 0) out.push({ ...t });
        else if (breaks[k] || dash(k) || dash(k - 1)) out.push({ ...t, spaced: true });
        else {
          const last = out[out.length - 1] as Token;
          last.text += t.text;
        }
      });
      i = j;
    } else {
      out.push(tokens[i] as Token);
      i++;
    }
  }
  return out;
};

/** The text of runs on one line segment, sorted left to right, with spaces where gaps mean them. */
export const joinRuns = (sorted: readonly Run[]): string => {
  const tokens = rejoinLetterSpacing(tokenize(sorted));
  let out = '';
  for (const t of tokens) out += (out.length > 0 && t.spaced ? ' ' : '') + t.text;
  return out.replace(/\s+/g, ' ').trim();
};
