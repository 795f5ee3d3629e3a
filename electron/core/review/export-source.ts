import { redactionSpans } from '../../../shared/detect/export-spans';
import type { ReviewSource } from '../export/review-source';
import { getCvVersionRow } from '../repositories/cv-versions';
import { planOf, reviewContext } from './plan';

/**
 * What the export takes from review: the plan of the exported CV version as spans (accepted and
 * still-pending items; rejected ones stay), and whether review was marked done for that version.
 * Exporting an older version than the latest gets no spans from here, so the export's own baseline
 * and leak guard apply, and review counts as pending.
 */
export const reviewSource: ReviewSource = (db, candidateId, cvVersion, cv) => {
  const latest = getCvVersionRow(db, candidateId);
  if (!latest || latest.version !== cvVersion) return { review: 'pending', spans: [] };
  const plan = planOf(db, reviewContext(db, candidateId));
  return { review: plan.status.state === 'reviewed' ? 'done' : 'pending', spans: redactionSpans(plan, cv) };
};
