import type { IdentifierFinding, IdentifierType, SpecialCategory, SpecialFinding, TextUnit } from './types';

/** Where a unit sits, for reports: its section kind, or the block it belongs to. */
export const sectionOf = (unit: TextUnit): string =>
  unit.section ?? (unit.path.startsWith('header') ? 'header' : unit.path.startsWith('properties') ? 'properties' : 'furniture');

export const identifier = (
  unit: TextUnit,
  start: number,
  end: number,
  type: IdentifierType,
  confidence: number,
  rule: string,
): IdentifierFinding => ({
  kind: 'identifier',
  type,
  scope: 'span',
  path: unit.path,
  section: sectionOf(unit),
  start,
  end,
  text: unit.text.slice(start, end),
  confidence,
  rule,
});

export const special = (
  unit: TextUnit,
  start: number,
  end: number,
  type: SpecialCategory,
  confidence: number,
  rule: string,
): SpecialFinding => ({
  kind: 'special',
  type,
  scope: 'statement',
  path: unit.path,
  section: sectionOf(unit),
  start,
  end,
  text: unit.text.slice(start, end),
  confidence,
  rule,
});
