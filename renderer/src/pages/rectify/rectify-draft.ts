import type { CvEntry, CvSection, StructuredCv } from '../../../../shared/cv/model';

/** One entry as the form edits it: plain text fields, bullets one per line. */
export interface EntryDraft {
  readonly title: string;
  readonly organisation: string;
  readonly period: string;
  readonly location: string;
  readonly bullets: string;
}

/** Sections with entries are edited entry by entry; the others as their lines, one per line. */
export interface SectionDraft {
  readonly title: string;
  readonly lines: string;
  readonly entries: readonly EntryDraft[];
}

export interface CvDraft {
  readonly name: string;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly address: string;
  readonly links: readonly string[];
  readonly header: string;
  readonly sections: readonly SectionDraft[];
}

export type ContactList = 'emails' | 'phones' | 'links';

export const entryDraft = (e: CvEntry): EntryDraft => ({
  title: e.title ?? '',
  organisation: e.organisation ?? '',
  period: e.period?.text ?? '',
  location: e.location ?? '',
  bullets: e.bullets.join('\n'),
});

const sectionDraft = (s: CvSection): SectionDraft => ({
  title: s.title,
  lines: s.lines.join('\n'),
  entries: (s.entries ?? []).map(entryDraft),
});

/** The form's starting point: the CV as it is now. */
export const draftFromCv = (cv: StructuredCv): CvDraft => ({
  name: cv.contact.name ?? '',
  emails: cv.contact.emails,
  phones: cv.contact.phones,
  address: cv.contact.address ?? '',
  links: cv.contact.links,
  header: cv.header.join('\n'),
  sections: cv.sections.map(sectionDraft),
});

export const draftChanged = (cv: StructuredCv, draft: CvDraft): boolean => JSON.stringify(draftFromCv(cv)) !== JSON.stringify(draft);

/** Textarea text → lines: trailing spaces and blank lines do not become CV lines. */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const updateEntry = (draft: CvDraft, si: number, ei: number, patch: Partial<EntryDraft>): CvDraft => ({
  ...draft,
  sections: draft.sections.map((s, i) =>
    i !== si ? s : { ...s, entries: s.entries.map((e, j) => (j === ei ? { ...e, ...patch } : e)) },
  ),
});

export const updateSection = (draft: CvDraft, si: number, patch: Partial<Omit<SectionDraft, 'entries'>>): CvDraft => ({
  ...draft,
  sections: draft.sections.map((s, i) => (i === si ? { ...s, ...patch } : s)),
});
