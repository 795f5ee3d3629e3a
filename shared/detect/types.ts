import { z } from 'zod';
import type { DocumentProperties } from '../cv/document';
import { SectionKind, type StructuredCv } from '../cv/model';

/** Identifier types: part of the stored detections and the CLI's JSON; add, never rename. */
export const IDENTIFIER_TYPES = [
  'name',
  'email',
  'phone',
  'address',
  'birth-date',
  'age',
  'birth-place',
  'nationality',
  'gender',
  'marital-status',
  'national-id',
  'iban',
  'id-document',
  'url',
  'photo',
  'referee',
  'property',
] as const;
export const IdentifierType = z.enum(IDENTIFIER_TYPES);
export type IdentifierType = z.infer<typeof IdentifierType>;

/** GDPR art. 9 categories plus art. 10 (criminal convictions and offences). */
export const SPECIAL_CATEGORIES = [
  'health',
  'religion',
  'ethnic-origin',
  'political-opinion',
  'trade-union',
  'sex-life',
  'criminal',
  'genetic-biometric',
] as const;
export const SpecialCategory = z.enum(SPECIAL_CATEGORIES);
export type SpecialCategory = z.infer<typeof SpecialCategory>;

export const UNIT_KINDS = ['header', 'title', 'line', 'bullet', 'entry-field', 'furniture', 'contact'] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * One string of the CV with a stable address. `section` is the kind of the section the unit sits
 * in (absent for header, furniture and contact): detectors read it as context.
 */
export const TextUnit = z.object({
  path: z.string(),
  text: z.string(),
  kind: UnitKind,
  section: SectionKind.optional(),
});
export type TextUnit = z.infer<typeof TextUnit>;

export const DETECTION_SCOPES = ['span', 'statement'] as const;
export const DetectionScope = z.enum(DETECTION_SCOPES);
export type DetectionScope = z.infer<typeof DetectionScope>;

const base = {
  /** A hash of path, start, end and type: tells two occurrences apart within one run. */
  id: z.string(),
  /** A hash of type and normalised text: what the consultant's decisions are keyed by. */
  fingerprint: z.string(),
  /** A unit path (`sections.2.lines.5`), `photo`, or `properties.<field>`. */
  path: z.string(),
  /** Where the unit sits: a section kind, `header`, `furniture`, `properties` or `photo` (for reports). */
  section: z.string(),
  /** UTF-16 offsets into the unit's text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  confidence: z.number().min(0).max(1),
  /** Which rule fired, e.g. `phone-be-mobile`, `health.condition`. */
  rule: z.string(),
};

export const IdentifierDetection = z.object({
  ...base,
  kind: z.literal('identifier'),
  type: IdentifierType,
  scope: z.literal('span'),
});
export const SpecialDetection = z.object({
  ...base,
  kind: z.literal('special'),
  type: SpecialCategory,
  scope: z.literal('statement'),
});
export const Detection = z.discriminatedUnion('kind', [IdentifierDetection, SpecialDetection]);
export type IdentifierDetection = z.infer<typeof IdentifierDetection>;
export type SpecialDetection = z.infer<typeof SpecialDetection>;
export type Detection = z.infer<typeof Detection>;

/** A detection before its id is computed: what each detector returns. */
export type IdentifierFinding = Omit<IdentifierDetection, 'id' | 'fingerprint'>;
export type SpecialFinding = Omit<SpecialDetection, 'id' | 'fingerprint'>;
export type Finding = IdentifierFinding | SpecialFinding;

export interface DetectInput {
  cv: StructuredCv;
  properties?: DocumentProperties;
  /** Further names of the candidate known to the consultant (aliases, maiden name). */
  extraNames?: readonly string[];
}
