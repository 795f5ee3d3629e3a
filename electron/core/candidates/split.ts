import { CoreError } from '../errors';
import { insertCandidate, nextRef, touchCandidate } from '../repositories/candidates';
import { replaceContactKeys } from '../repositories/contacts';
import { getCvVersionRow, listCvVersionRows, moveCvVersion, parseCv } from '../repositories/cv-versions';
import { moveDocument } from '../repositories/documents';
import { moveSources } from '../repositories/sources';
import type { Db } from '../vault/database';
import { requireCandidate } from './require';

const contactsOfVersions = (db: Db, candidateId: number) => {
  const cvs = listCvVersionRows(db, candidateId).map(parseCv);
  return { emails: cvs.flatMap((c) => c.contact.emails), phones: cvs.flatMap((c) => c.contact.phones) };
};

/**
 * Undoes a wrong e-mail/phone match: the version, its original file and its source become a new
 * candidate with a new reference. One transaction.
 */
export const splitVersion = (db: Db, id: number, version: number, now: Date = new Date()) =>
  db.transaction(() => {
    requireCandidate(db, id);
    const row = getCvVersionRow(db, id, version);
    if (!row) throw new CoreError('CANDIDATE_NOT_FOUND', 'There is no such CV version for this candidate.');
    if (listCvVersionRows(db, id).length < 2)
      throw new CoreError('INVALID_INPUT', 'This is the candidate\'s only CV version: there is nothing to split off.');
    const cv = parseCv(row);
    const iso = now.toISOString();
    const ref = nextRef(db, now.getFullYear());
    const candidateId = insertCandidate(db, { ref, name: cv.contact.name, language: cv.language, now: iso });
    moveCvVersion(db, row.id, candidateId);
    if (row.document_id !== null) {
      moveDocument(db, row.document_id, candidateId);
      moveSources(db, row.document_id, candidateId);
    }
    for (const c of [id, candidateId]) {
      const { emails, phones } = contactsOfVersions(db, c);
      replaceContactKeys(db, c, emails, phones);
    }
    touchCandidate(db, id, iso);
    return { candidateId, ref };
  })();
