import { z } from 'zod';
import { DETECTOR_VERSION, detectCv } from '../../../shared/detect/detect';
import { buildPlan } from '../../../shared/detect/plan';
import type { ReviewPlan } from '../../../shared/detect/plan-types';
import { Detection } from '../../../shared/detect/types';
import type { StructuredCv } from '../../../shared/cv/model';
import { candidateNotFound, requireCandidate } from '../candidates/require';
import { getCvVersionRow, parseCv, type CvVersionRow } from '../repositories/cv-versions';
import type { Db } from '../vault/database';
import { getStoredDetections, latestMark, listDecisions, listTerms, putStoredDetections } from './store';

const Detections = z.array(Detection);

export interface ReviewContext {
  candidateId: number;
  row: CvVersionRow;
  cv: StructuredCv;
  detections: Detection[];
}

/**
 * The latest CV version of a candidate with its detections: stored ones when the detector has not
 * changed since, else detected now and stored (inside the vault, like every other personal datum).
 */
export const reviewContext = (db: Db, candidateId: number, now: () => Date = () => new Date()): ReviewContext => {
  const candidate = requireCandidate(db, candidateId);
  const row = getCvVersionRow(db, candidateId);
  if (!row) throw candidateNotFound();
  const cv = parseCv(row);
  const stored = getStoredDetections(db, row.id);
  if (stored && stored.detectorVersion === DETECTOR_VERSION) {
    const parsed = Detections.safeParse(JSON.parse(stored.json));
    if (parsed.success) return { candidateId, row, cv, detections: parsed.data };
  }
  const extraNames = candidate.name && candidate.name !== cv.contact.name ? [candidate.name] : [];
  const detections = detectCv({ cv, extraNames });
  putStoredDetections(db, { cvVersionId: row.id, candidateId, detectorVersion: DETECTOR_VERSION, json: JSON.stringify(detections), now: now().toISOString() });
  return { candidateId, row, cv, detections };
};

export const planOf = (db: Db, ctx: ReviewContext): ReviewPlan => {
  const reviewed = latestMark(db, ctx.candidateId);
  return buildPlan({
    candidateId: ctx.candidateId,
    version: ctx.row.version,
    detectorVersion: DETECTOR_VERSION,
    cv: ctx.cv,
    detections: ctx.detections,
    decisions: listDecisions(db, ctx.candidateId),
    terms: listTerms(db, ctx.candidateId),
    ...(reviewed ? { reviewed } : {}),
  });
};

export const getReviewPlan = (db: Db, candidateId: number): ReviewPlan => db.transaction(() => planOf(db, reviewContext(db, candidateId)))();
