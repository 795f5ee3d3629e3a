import type { SectionKind, StructuredCv } from '../../../shared/cv/model';
import { detectCv } from '../../../shared/detect/detect';
import type { Detection } from '../../../shared/detect/types';

/** A CV with the given header and one section: enough context for every detector. */
export const cvWith = (lines: readonly string[], kind: SectionKind = 'experience', header: readonly string[] = ['Jan Peeters'], name = 'Jan Peeters'): StructuredCv => ({
  schemaVersion: 1,
  language: 'nl',
  header: [...header],
  sections: [{ kind, title: 'Section', lines: [...lines] }],
  contact: { name, emails: [], phones: [], links: [] },
  furniture: [],
  hasPhoto: false,
});

/** Detections in the section only (not the header). */
export const detectIn = (lines: readonly string[], kind: SectionKind = 'experience', name = 'Jan Peeters'): Detection[] =>
  detectCv({ cv: cvWith(lines, kind, [name], name) }).filter((d) => d.path.startsWith('sections.'));

export const texts = (ds: readonly Detection[], type?: string): string[] => ds.filter((d) => type === undefined || d.type === type).map((d) => d.text);

export const specialOf = (line: string, kind: SectionKind = 'experience'): string[] =>
  detectIn([line], kind)
    .filter((d) => d.kind === 'special')
    .map((d) => d.type);
