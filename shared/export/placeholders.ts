import { DEFAULT_CONFIDENTIAL_LINE } from './headings';
import type { CompanyCv, ExportLanguage } from './model';
import type { Template } from './template';
import type { Placeholder } from './template-parts';

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Fills `{name}`s; a text that needs a value we do not have is dropped whole (undefined), not printed half-empty. */
export const fillText = (text: string, values: PlaceholderValues): string | undefined => {
  let complete = true;
  const filled = text.replace(PLACEHOLDER, (_m, name: string) => {
    const value = values[name as Placeholder]?.trim();
    if (!value) complete = false;
    return value ?? '';
  });
  return complete && filled.trim() !== '' ? filled.trim() : undefined;
};

/** The parts of one furniture line that could be filled, joined; undefined when none could. */
export const fillLine = (parts: readonly string[], values: PlaceholderValues, separator = '  ·  '): string | undefined => {
  const filled = parts.map((p) => fillText(p, values)).filter((p): p is string => p !== undefined);
  // "{candidate} · {reference}" when the candidate is shown by the reference: print it once.
  const unique = [...new Set(filled)];
  return unique.length > 0 ? unique.join(separator) : undefined;
};

const LOCALES: Readonly<Record<ExportLanguage, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' };

/** "14 maart 2026", "14 mars 2026", "14 March 2026", "14. März 2026". */
export const formatExportDate = (isoDate: string, language: ExportLanguage): string => {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
};

/** Everything a template text may refer to, for one document (page numbers are added per page). */
export const placeholderValues = (cv: CompanyCv, template: Template): PlaceholderValues => {
  const base: PlaceholderValues = {
    'firm.name': template.firm.name,
    'firm.address': template.firm.address,
    'firm.phone': template.firm.phone,
    'firm.email': template.firm.email,
    'firm.website': template.firm.website,
    'consultant.name': cv.contact?.name,
    'consultant.phone': cv.contact?.phone,
    'consultant.email': cv.contact?.email,
    candidate: cv.candidateLabel,
    reference: cv.reference,
    date: formatExportDate(cv.date, cv.language),
  };
  const confidential = template.confidential[cv.language] ?? DEFAULT_CONFIDENTIAL_LINE[cv.language];
  return { ...base, confidential: fillText(confidential, base) };
};

export const withPage = (values: PlaceholderValues, page: number, pages: number): PlaceholderValues => ({
  ...values,
  page: String(page),
  pages: String(pages),
});
