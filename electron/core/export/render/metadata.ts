import type { CompanyCv } from '../../../../shared/export/model';
import type { Template } from '../../../../shared/export/template';

/** "CV-2026-0042 — Meridian Talent Partners": the reference, never the candidate's name. */
export const documentTitle = (cv: CompanyCv, template: Template): string => `${cv.reference} — ${template.firm.name}`;
