import { fold } from '../cv/fold';
import type { SectionKind, StructuredCv } from '../cv/model';
import { cityOf, exportCutter, nameCuts, nameWords } from './baseline';
import { sectionBlocks } from './blocks';
import type { CompanyCv, CompanyCvSection, ConsultantContact, ExportLanguage, ExportMode } from './model';
import { candidateLabel, keepsLocation, sectionHeading, type CandidateName } from './naming';
import { applyCuts, type ExportPlan } from './redaction';
import type { Template } from './template';

/**
 * Never printed in either mode: the personal-details block (birth, nationality, marital status,
 * national number…) and referees. A company CV gives the consultant as the contact instead.
 */
export const NEVER_PRINTED: ReadonlySet<SectionKind> = new Set(['personal', 'references']);

export interface BuildInput {
  readonly cv: StructuredCv;
  readonly template: Template;
  readonly mode: ExportMode;
  readonly language: ExportLanguage;
  readonly reference: string;
  readonly name: CandidateName;
  /** The full name as stored on the candidate record, to find it in running text. */
  readonly recordName?: string | undefined;
  readonly plan: ExportPlan;
  readonly consultant: ConsultantContact;
  readonly preparedBy: string;
  readonly date: string;
}

/** The language of the company CV when none is asked for: the CV's own, else English. */
export const exportLanguageOf = (cv: StructuredCv): ExportLanguage => (cv.language === 'other' ? 'en' : cv.language);

/**
 * The job title under the name: a short header line that is not the name, not contact details
 * and not the city; else the most recent job title.
 */
const headlineOf = (redacted: StructuredCv, label: string, names: ReadonlySet<string>, city: string | undefined): string | undefined => {
  const fromHeader = redacted.header.find((line) => {
    const t = line.trim();
    if (t.length < 3 || t.length > 70 || t.includes(label) || /[\d@:/]/.test(t)) return false;
    if (city && fold(t) === fold(city)) return false;
    return nameCuts(t, names, undefined).length === 0;
  });
  if (fromHeader) return fromHeader.trim();
  return redacted.sections.find((s) => s.kind === 'experience')?.entries?.[0]?.title;
};

/** Sections in the template's order; kinds it does not list follow in the CV's order; same kinds merge. */
const orderedSections = (redacted: StructuredCv, template: Template, language: ExportLanguage): CompanyCvSection[] => {
  const byKind = new Map<SectionKind, CompanyCvSection>();
  const seen: SectionKind[] = [];
  for (const s of redacted.sections) {
    if (NEVER_PRINTED.has(s.kind)) continue;
    const blocks = sectionBlocks(s);
    if (blocks.length === 0) continue;
    const existing = byKind.get(s.kind);
    if (existing) existing.blocks.push(...blocks);
    else {
      byKind.set(s.kind, { kind: s.kind, heading: sectionHeading(template, language, s.kind), blocks });
      seen.push(s.kind);
    }
  }
  const order = [...template.sections.order.filter((k) => byKind.has(k)), ...seen.filter((k) => !template.sections.order.includes(k))];
  return order.map((k) => byKind.get(k)).filter((s): s is CompanyCvSection => s !== undefined);
};

/**
 * The company CV from the structured CV, the accepted redactions and the template. Nothing of the
 * original header or contact block is carried over: the title block is built from the label, a
 * headline and (when allowed) the city; the contact is the consultant.
 */
export const buildCompanyCv = (input: BuildInput): CompanyCv => {
  const { cv, template, mode } = input;
  const label = candidateLabel(template, mode, input.reference, input.name);
  const names = [input.recordName, cv.contact.name, [input.name.firstName, input.name.lastName].filter(Boolean).join(' ')];
  const redacted = applyCuts(cv, exportCutter({ mode, plan: input.plan, contact: cv.contact, names, label }));
  const city = cityOf(cv.contact.address);
  const headline = headlineOf(redacted, label, nameWords(names), city);
  const location = keepsLocation(template, mode) ? city : undefined;
  const consultant = Object.fromEntries(Object.entries(input.consultant).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as ConsultantContact;
  return {
    language: input.language,
    mode,
    candidateLabel: label,
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    sections: orderedSections(redacted, template, input.language),
    ...(Object.keys(consultant).length > 0 ? { contact: consultant } : {}),
    reference: input.reference,
    preparedBy: input.preparedBy,
    date: input.date,
  };
};

/** First name and last name from a full name as written ("Jan Van den Broeck" → Jan / Van den Broeck). */
export const splitName = (full: string | undefined): CandidateName => {
  const words = (full ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  const [first = '', ...rest] = words;
  return rest.length > 0 ? { firstName: first, lastName: rest.join(' ') } : { firstName: first };
};
