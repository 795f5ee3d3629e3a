import type { StructuredCv } from '../../../shared/cv/model';
import { CoreError } from '../errors';
import { touchCandidate } from '../repositories/candidates';
import { replaceContactKeys } from '../repositories/contacts';
import { getCvVersionRow, insertCvVersion, listCvVersionRows, parseCv } from '../repositories/cv-versions';
import type { Db } from '../vault/database';
import { currentConsultant } from './consultant';
import { requireCandidate } from './require';

/**
 * Rectification (GDPR art. 16): the consultant's corrected CV becomes a new version on top of the
 * latest one, linked to the same original file; earlier versions stay as they were, so what was
 * held before the correction can still be shown on an access request. The name on the record and
 * the contact keys used to recognise the candidate follow the correction.
 */
export const rectifyCv = (db: Db, id: number, basedOn: number, cv: StructuredCv, now: Date = new Date()) =>
  db.transaction(() => {
    requireCandidate(db, id);
    const latest = getCvVersionRow(db, id);
    if (!latest) throw new CoreError('CANDIDATE_NOT_FOUND', 'This candidate has no CV to correct.');
    // Two consultants editing at once: the second one must see the first one's correction first.
    if (latest.version !== basedOn)
      throw new CoreError('INVALID_INPUT', `The CV changed while you were editing it (now version ${latest.version}). Reload and apply your correction again.`);
    const iso = now.toISOString();
    const version = insertCvVersion(db, {
      candidateId: id,
      documentId: latest.document_id ?? undefined,
      cv,
      now: iso,
      by: currentConsultant(db),
    });
    db.prepare(`UPDATE candidates SET name = ? WHERE id = ?`).run(cv.contact.name ?? null, id);
    touchCandidate(db, id, iso, cv.language);
    // Every version's e-mails and phones keep recognising the candidate when a CV comes in again.
    const all = listCvVersionRows(db, id).map(parseCv);
    replaceContactKeys(db, id, all.flatMap((c) => c.contact.emails), all.flatMap((c) => c.contact.phones));
    return { version };
  })();
