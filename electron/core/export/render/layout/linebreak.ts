import type { Measurer, TextStyle } from './types';

/** A piece of text in one style; a line may mix several (bold title, regular organisation). */
export interface Run {
  readonly text: string;
  readonly style: TextStyle;
}

export interface PlacedRun extends Run {
  /** Offset from the start of the line. */
  readonly x: number;
  readonly width: number;
}

export interface Line {
  readonly runs: readonly PlacedRun[];
  readonly width: number;
}

interface Fragment {
  readonly text: string;
  readonly style: TextStyle;
}

/** A word: fragments with no break opportunity between them; `spaced` = a space precedes it. */
interface Word {
  readonly fragments: readonly Fragment[];
  readonly spaced: boolean;
}

/** Width including tracking, which PDF adds after every character. */
export const textWidth = (measurer: Measurer, text: string, style: TextStyle): number =>
  measurer.width(text, style.font, style.size) + (style.tracking ?? 0) * [...text].length;

// Breakable white space only: a no-break space (U+00A0, U+202F) keeps "10 000" or "€ 50" together.
const BREAKABLE_SPACE = /[ \t\n\r\f\v\u2028\u2029\u1680\u2000-\u200a\u205f\u3000]+/;

/** NFC, one space between words, and only what the font can draw. */
export const cleanText = (measurer: Measurer, text: string, style: TextStyle): string =>
  measurer.printable(text.normalize('NFC'), style.font).split(BREAKABLE_SPACE).filter(Boolean).join(' ');

const toWords = (measurer: Measurer, runs: readonly Run[]): Word[] => {
  const words: { fragments: Fragment[]; spaced: boolean }[] = [];
  let pendingSpace = false;
  for (const run of runs) {
    const text = measurer.printable(run.text.normalize('NFC'), run.style.font);
    const parts = text.split(BREAKABLE_SPACE);
    parts.forEach((part, i) => {
      if (i > 0) pendingSpace = true;
      if (part === '') return;
      const last = words[words.length - 1];
      if (last && !pendingSpace) last.fragments.push({ text: part, style: run.style });
      else words.push({ fragments: [{ text: part, style: run.style }], spaced: words.length > 0 && pendingSpace });
      pendingSpace = false;
    });
  }
  return words;
};

const wordWidth = (measurer: Measurer, word: Word): number =>
  word.fragments.reduce((sum, f) => sum + textWidth(measurer, f.text, f.style), 0);

const spaceWidth = (measurer: Measurer, word: Word): number => {
  const style = word.fragments[0]?.style;
  return style ? textWidth(measurer, ' ', style) : 0;
};

/** Splits a word wider than a line into pieces that fit, character by character (URLs, long tool names). */
const splitLongWord = (measurer: Measurer, word: Word, maxWidth: number): Word[] => {
  const chars = word.fragments.flatMap((f) => [...f.text].map((c) => ({ text: c, style: f.style })));
  const pieces: Word[] = [];
  let current: Fragment[] = [];
  let width = 0;
  for (const c of chars) {
    const w = textWidth(measurer, c.text, c.style);
    if (current.length > 0 && width + w > maxWidth) {
      pieces.push({ fragments: current, spaced: pieces.length === 0 ? word.spaced : false });
      current = [];
      width = 0;
    }
    current.push(c);
    width += w;
  }
  if (current.length > 0) pieces.push({ fragments: current, spaced: pieces.length === 0 ? word.spaced : false });
  return pieces.map((p) => ({ spaced: p.spaced, fragments: mergeFragments(p.fragments) }));
};

export const sameStyle = (a: TextStyle, b: TextStyle): boolean =>
  a === b || (a.font === b.font && a.size === b.size && a.color === b.color && (a.tracking ?? 0) === (b.tracking ?? 0));

const mergeFragments = (fragments: readonly Fragment[]): Fragment[] =>
  fragments.reduce<Fragment[]>((out, f) => {
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, f.style)) out[out.length - 1] = { text: last.text + f.text, style: f.style };
    else out.push(f);
    return out;
  }, []);

/** Lays out one line's words: consecutive words in the same style become one run, so text extracts cleanly. */
const placeLine = (measurer: Measurer, words: readonly Word[]): Line => {
  const runs: PlacedRun[] = [];
  let x = 0;
  words.forEach((word, i) => {
    if (i > 0 && word.spaced) {
      const space = spaceWidth(measurer, word);
      const last = runs[runs.length - 1];
      const first = word.fragments[0];
      if (last && first && sameStyle(last.style, first.style)) runs[runs.length - 1] = { ...last, text: `${last.text} `, width: last.width + space };
      else if (first) runs.push({ text: ' ', style: first.style, x, width: space });
      x += space;
    }
    for (const f of word.fragments) {
      const w = textWidth(measurer, f.text, f.style);
      const last = runs[runs.length - 1];
      if (last && sameStyle(last.style, f.style) && Math.abs(last.x + last.width - x) < 1e-6) runs[runs.length - 1] = { ...last, text: last.text + f.text, width: last.width + w };
      else runs.push({ text: f.text, style: f.style, x, width: w });
      x += w;
    }
  });
  return { runs: runs.filter((r) => r.text.trim() !== ''), width: x };
};

/**
 * Greedy line breaking: as many words as fit on each line; a word wider than a whole line is cut
 * where it overflows. Returns no lines for empty text.
 */
export const breakLines = (measurer: Measurer, runs: readonly Run[], maxWidth: number): Line[] => {
  const lines: Word[][] = [];
  let current: Word[] = [];
  let width = 0;
  const flush = () => {
    if (current.length > 0) lines.push(current);
    current = [];
    width = 0;
  };
  const add = (word: Word, w: number) => {
    width += (current.length > 0 && word.spaced ? spaceWidth(measurer, word) : 0) + w;
    current.push(word);
  };
  for (const word of toWords(measurer, runs)) {
    const w = wordWidth(measurer, word);
    const space = current.length > 0 && word.spaced ? spaceWidth(measurer, word) : 0;
    if (width + space + w <= maxWidth) {
      add(word, w);
      continue;
    }
    if (w <= maxWidth) {
      flush();
      add(word, w);
      continue;
    }
    flush();
    const pieces = splitLongWord(measurer, word, maxWidth);
    pieces.forEach((piece, i) => {
      add(piece, wordWidth(measurer, piece));
      if (i < pieces.length - 1) flush();
    });
  }
  flush();
  return lines.map((words) => placeLine(measurer, words));
};

export const breakText = (measurer: Measurer, text: string, style: TextStyle, maxWidth: number): Line[] =>
  breakLines(measurer, [{ text, style }], maxWidth);
