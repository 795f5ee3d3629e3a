import type { StructuredCv } from '../../../shared/cv/model';
import type { ExportPlan } from '../../../shared/export/redaction';
import type { Db } from '../vault/database';

/**
 * The export's one dependency on review: for a candidate's CV version, whether review is done and
 * which redactions were accepted (see `spansFromDetections`). The review module provides the real
 * one; `withoutReview` stands in until it is wired (electron/core/api/handlers.ts), and the export
 * then relies on its own baseline (contact block, name, e-mail, phone, address, links, photo).
 */
export type ReviewSource = (db: Db, candidateId: number, cvVersion: number, cv: StructuredCv) => ExportPlan;

export const withoutReview: ReviewSource = () => ({ review: 'unavailable', spans: [] });
