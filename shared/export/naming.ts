import type { SectionKind } from '../cv/model';
import { DEFAULT_SECTION_HEADINGS } from './headings';
import type { ExportLanguage, ExportMode } from './model';
import type { Template } from './template';

/** What the export pipeline knows of the candidate's name; only what the template asks for is printed. */
export interface CandidateName {
  readonly firstName?: string;
  readonly lastName?: string;
}

const initialOf = (word: string | undefined): string | undefined => {
  const letter = word?.trim().match(/\p{L}/u)?.[0];
  return letter ? `${letter.toLocaleUpperCase()}.` : undefined;
};

/**
 * The candidate's label on the page: blind → the reference or initials ("J.V."); named → "Jan V."
 * or the full name. Falls back to the reference when the name needed is unknown, never to less.
 */
export const candidateLabel = (template: Template, mode: ExportMode, reference: string, name: CandidateName): string => {
  const first = name.firstName?.trim();
  const last = name.lastName?.trim();
  if (mode === 'blind') {
    if (template.naming.blind === 'reference') return reference;
    const initials = [initialOf(first), initialOf(last)].filter(Boolean).join('');
    return initials || reference;
  }
  if (template.naming.named === 'full-name') return [first, last].filter(Boolean).join(' ') || reference;
  if (!first) return reference;
  const lastInitial = initialOf(last);
  return lastInitial ? `${first} ${lastInitial}` : first;
};

/** The heading printed for a section kind: the template's wording, else the default for the language. */
export const sectionHeading = (template: Template, language: ExportLanguage, kind: SectionKind): string =>
  template.sections.headings[language]?.[kind] ?? DEFAULT_SECTION_HEADINGS[language][kind];

/** Whether the city/region is printed in this mode. */
export const keepsLocation = (template: Template, mode: ExportMode): boolean =>
  mode === 'named' || template.blindKeepsLocation;
