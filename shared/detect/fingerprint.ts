import { foldTerm } from './text/fold';

const fnv1a = (text: string, seed: number): number => {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
};
const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** 64 bits from two FNV-1a lanes: collisions within one candidate are not a practical concern. */
export const hash64 = (text: string): string => `${hex(fnv1a(text, 0x811c9dc5))}${hex(fnv1a(text, 0x01000193 ^ 0x5bd1e995))}`;

/** Text compared the way a reader would: case, accents, spacing and edge punctuation ignored. */
export const normaliseText = (text: string): string =>
  foldTerm(text)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();

/**
 * What a consultant's decision is keyed by: the kind, type and normalised text. It does not
 * depend on where the text sits, so decisions survive edits and re-detection.
 */
export const fingerprint = (kind: string, type: string, text: string): string => `f-${hash64(`${kind}|${type}|${normaliseText(text)}`)}`;
