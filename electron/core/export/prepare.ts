import type { GateDecision } from '../../../shared/consent/gate';
import { isoDate } from '../../../shared/dates';
import { buildCompanyCv, exportLanguageOf, splitName } from '../../../shared/export/build';
import { cityOf } from '../../../shared/export/baseline';
import { leakNeedles, type Needle } from '../../../shared/export/leak';
import type { CompanyCv, ExportLanguage, ExportMode } from '../../../shared/export/model';
import type { ExportPlan } from '../../../shared/export/redaction';
import { defaultExportFileName, type ExportFormat } from '../../../shared/export/shares';
import { candidateNotFound, requireCandidate } from '../candidates/require';
import type { CandidateRow } from '../repositories/candidates';
import { getCvVersionRow, parseCv } from '../repositories/cv-versions';
import { canShare } from '../consent/gate';
import { loadSettings } from '../settings/settings';
import type { Db } from '../vault/database';
import { renderDocx } from './render/docx/render-docx';
import { renderPdf } from './render/pdf/render-pdf';
import type { ReviewSource } from './review-source';
import { loadTemplate, type LoadedTemplate } from './templates/registry';

export interface ExportRequest {
  readonly candidateId: number;
  readonly version?: number | undefined;
  readonly templateId?: string | undefined;
  readonly mode: ExportMode;
  readonly format: ExportFormat;
  readonly language?: ExportLanguage | undefined;
  readonly clientId?: number | undefined;
}

export interface ExportDeps {
  readonly db: Db;
  readonly review: ReviewSource;
  readonly now?: Date;
}

export interface PreparedExport {
  readonly candidate: CandidateRow;
  readonly cvVersion: number;
  readonly template: LoadedTemplate;
  readonly plan: ExportPlan;
  readonly gate: GateDecision;
  readonly company: CompanyCv;
  readonly needles: readonly Needle[];
  readonly fileName: string;
}

/** Everything up to the rendering: the CV, the template, review and sharing decisions, the model to print. */
export const prepareExport = (deps: ExportDeps, req: ExportRequest): PreparedExport => {
  const { db } = deps;
  const now = deps.now ?? new Date();
  const candidate = requireCandidate(db, req.candidateId);
  const row = getCvVersionRow(db, req.candidateId, req.version);
  if (!row) throw candidateNotFound();
  const cv = parseCv(row);
  const template = loadTemplate(db, req.templateId);
  const plan = deps.review(db, candidate.id, row.version, cv);
  const gate = canShare(db, candidate.id, req.clientId, now);
  const settings = loadSettings(db);
  const recordName = candidate.name ?? cv.contact.name;
  const company = buildCompanyCv({
    cv,
    template: template.template,
    mode: req.mode,
    language: req.language ?? exportLanguageOf(cv),
    reference: candidate.ref,
    name: splitName(recordName),
    recordName,
    plan,
    consultant: { name: settings.consultantName, email: settings.consultantEmail, phone: settings.consultantPhone },
    preparedBy: settings.consultantName,
    date: isoDate(now),
  });
  const city = cityOf(cv.contact.address);
  const needles = leakNeedles({
    mode: req.mode,
    contact: cv.contact,
    names: [candidate.name ?? undefined],
    plan,
    allowed: [company.candidateLabel, ...(company.location && city ? [city] : []), template.template.firm.name],
  });
  return { candidate, cvVersion: row.version, template, plan, gate, company, needles, fileName: defaultExportFileName(candidate.ref, template.template.firm.name, req.format) };
};

export const renderExport = async (p: PreparedExport, format: ExportFormat, now: Date): Promise<{ bytes: Uint8Array; pages?: number }> => {
  if (format === 'docx') return { bytes: await renderDocx(p.company, p.template) };
  const pdf = await renderPdf(p.company, p.template, now);
  return { bytes: pdf.bytes, pages: pdf.pages };
};
