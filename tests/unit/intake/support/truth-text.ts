import type { ExtractedDocument, TextLine } from '../../../../shared/cv/document';
import { squash, type FixtureTruth, type TruthSection } from '../../../fixtures';

/** Helpers that compare extracted lines with a fixture's truth, as a reader would. */

export const fold = (s: string): string => squash(s.normalize('NFC'));

/**
 * The truth prints letter-spaced names as "L É A  P E T I T" or "P I E T E R - J A N  D E  S M E T";
 * a reader sees "LÉA PETIT", "PIETER-JAN DE SMET".
 */
export const asRead = (s: string): string =>
  /^\p{L}(?: {1,2}[\p{L}-]){2,}$/u.test(s)
    ? s
        .split('  ')
        .map((w) => w.replace(/ /g, ''))
        .join(' ')
    : s;

/** Every logical line of a section as a reader meets it: heading, plain lines, then per entry its title and bullets. */
export const sectionTexts = (s: TruthSection): string[] => [s.title, ...s.lines, ...(s.entries ?? []).flatMap((e) => [e.title, ...e.bullets])];

/** Header lines, then every section's lines: the whole text in the truth's reading order. */
export const truthTexts = (truth: FixtureTruth): string[] => [...truth.header, ...truth.sections.flatMap(sectionTexts)];

export const bodyOf = (doc: ExtractedDocument): TextLine[] => doc.lines.filter((l) => l.region === 'body');

/**
 * The expected texts missing from the body or found out of order, allowing wrapped lines: the
 * body is read as one string (lines joined by spaces) and each text must start after the
 * previous one found. A text that is missing does not move the reading position.
 */
export const outOfOrder = (body: readonly TextLine[], expected: readonly string[]): string[] => {
  const text = fold(body.map((l) => l.text).join(' '));
  const missing: string[] = [];
  let at = 0;
  for (const e of expected) {
    const found = text.indexOf(fold(asRead(e)), at);
    if (found < 0) missing.push(e);
    else at = found + 1;
  }
  return missing;
};

/** Index of the first body line from `from` on containing the text (wrapped text: its first words). */
export const lineIndex = (body: readonly TextLine[], text: string, from = 0): number => {
  const want = fold(asRead(text));
  const find = (needle: string) => {
    const i = body.slice(from).findIndex((l) => fold(l.text).includes(needle));
    return i < 0 ? -1 : i + from;
  };
  const exact = find(want);
  return exact >= 0 ? exact : find(want.split(' ').slice(0, 3).join(' '));
};

const words = (s: string): string[] =>
  fold(asRead(s))
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w) && w.length >= 3);

/**
 * Body lines holding words that belong to two different parts of the truth (the header, or two
 * different sections): text of side-by-side blocks read across instead of block by block. Only
 * words printed in a single part count, so a word a section shares with the header or another
 * section ("controller" in a headline and a job title) proves nothing.
 */
export const mixedLines = (doc: ExtractedDocument, truth: FixtureTruth): string[] => {
  const parts: string[][] = [
    truth.header,
    ...truth.sections.map((s) => [
      ...sectionTexts(s),
      ...(s.entries ?? []).flatMap((e) => [e.organisation, e.location, e.period.text]),
    ]),
  ];
  const owners = new Map<string, Set<number>>();
  parts.forEach((texts, i) => {
    for (const w of texts.flatMap(words)) owners.set(w, (owners.get(w) ?? new Set()).add(i));
  });
  return bodyOf(doc)
    .map((l) => l.text)
    .filter((text) => {
      const seen = new Set<number>();
      for (const w of words(text)) {
        const own = owners.get(w);
        if (own?.size === 1) seen.add([...own][0] as number);
      }
      return seen.size > 1;
    });
};
