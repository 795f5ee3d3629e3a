import type { TextLine } from './document';
import { dehyphenate } from './dehyphenate';
import { isAllCaps } from './fold';

/** A line after normalisation: clean text, the bullet it started with removed but remembered. */
export interface CvLine extends Omit<TextLine, 'text'> {
  text: string;
  bullet: boolean;
  /** Position in the extracted document, so later stages can keep reading order. */
  index: number;
}

const LIGATURES: Readonly<Record<string, string>> = {
  'ﬀ': 'ff',
  'ﬁ': 'fi',
  'ﬂ': 'fl',
  'ﬃ': 'ffi',
  'ﬄ': 'ffl',
  'ﬅ': 'st',
  'ﬆ': 'st',
};

// Invisible characters that PDF and Word leave in text: soft hyphen, zero-width space/joiners, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Every kind of space (no-break, thin, figure, ideographic...) and tabs count as one space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * A run of at least three single letters is letter-spaced text ("J A R E D"). Where the gaps vary,
 * the wider ones separate words ("J A R E D   S M I T H" → "JARED SMITH"); where all gaps are the
 * same the whole run is one word. "A à Z" (French "from A to Z") is a phrase, not spacing.
 */
const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?: +\p{L}(?![\p{L}\p{N}])){2,}/gu;

const isPhraseWithLinkWord = (letters: string[]): boolean => {
  if (letters.length !== 3) return false;
  const [a, mid, b] = letters as [string, string, string];
  return /^[àaeéyuoi]$/.test(mid) && isAllCaps(a + a) && isAllCaps(b + b);
};

const joinRun = (run: string): string => {
  const letters = run.split(/ +/);
  if (isPhraseWithLinkWord(letters)) return run;
  const gaps = run.match(/ +/g) ?? [];
  const narrow = Math.min(...gaps.map((g) => g.length));
  const words: string[] = [];
  let current = letters[0] ?? '';
  gaps.forEach((gap, i) => {
    const next = letters[i + 1] ?? '';
    if (gap.length > narrow) {
      words.push(current);
      current = next;
    } else current += next;
  });
  words.push(current);
  return words.join(' ');
};

const rejoinLetterSpacing = (text: string): string => text.replace(LETTER_RUN, joinRun);

/**
 * Clean one line of text. Idempotent: running it twice changes nothing more, so stored text can be
 * normalised again safely.
 */
export const normaliseText = (input: string): string => {
  let text = input
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/[\r\n\f\v\u2028\u2029]+/g, '  ')
    .normalize('NFC');
  text = rejoinLetterSpacing(text);
  text = text.replace(/\s+/g, ' ').trim();
  // After collapsing, every gap is equal; repeat until nothing changes so a second call is a no-op.
  for (;;) {
    const again = rejoinLetterSpacing(text);
    if (again === text) return text;
    text = again;
  }
};

// Symbols that only ever mark list items, with or without a following space.
const SYMBOL_BULLET = /^[•·▪▫◦●○◆◇■□‣⁃►▶▸▹➢➣➤➔→⇒✓✔✗☐☑❖❯»⋅∙♦◾◽]\s*/u;
// Characters that mark list items only when a space follows ("- item", "* item", "– item").
const SPACED_BULLET = /^[-–—*+>~]\s+/;
// Private-use glyphs from icon fonts (Wingdings, FontAwesome) are bullets or icons, never text.
const PRIVATE_USE = /^[\uE000-\uF8FF]\s*/u;

const BULLET_ONLY = /^[•·▪▫◦●○◆◇■□‣⁃►▶▸▹➢➣➤➔→⇒✓✔✗☐☑❖❯»⋅∙♦◾◽\uE000-\uF8FF]$/u;

/** Remove one leading bullet. "o" bullets (Word's second level) count only before a capital. */
export const splitBullet = (text: string): { text: string; bullet: boolean } => {
  for (const re of [SYMBOL_BULLET, SPACED_BULLET, PRIVATE_USE, /^o\s+(?=\p{Lu})/u]) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { text: text.slice(m[0].length).trimStart(), bullet: true };
  }
  return { text, bullet: false };
};

/**
 * Normalise extracted lines: text cleaned, bullets marked, words broken across lines rejoined,
 * empty lines dropped. Table rows keep their cells (cleaned) and get a text made from them when
 * extraction gave none.
 */
export const normaliseLines = (lines: readonly TextLine[]): CvLine[] => {
  const out: CvLine[] = [];
  // PDFs sometimes put the bullet glyph on a line of its own, just before its text.
  let pendingBullet = false;
  lines.forEach((line, index) => {
    const cells = line.cells?.map(normaliseText);
    const raw = normaliseText(line.text);
    const joined = raw.length > 0 ? raw : (cells ?? []).filter((c) => c).join(' | ');
    if (BULLET_ONLY.test(joined)) {
      pendingBullet = true;
      return;
    }
    const { text, bullet } = splitBullet(joined);
    if (text.length === 0) return;
    const caps = line.caps ?? isAllCaps(text);
    const isBullet = bullet || pendingBullet || line.block === 'list-item';
    pendingBullet = false;
    out.push({ ...line, text, bullet: isBullet, caps, index, ...(cells ? { cells } : {}) });
  });
  return dehyphenate(out);
};
