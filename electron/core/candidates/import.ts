import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../../shared/candidates/candidate';
import type { SourceInput } from '../../../shared/candidates/source';
import type { ExtractedDocument } from '../../../shared/cv/document';
import type { StructuredCv } from '../../../shared/cv/model';
import { CoreError, isCoreError } from '../errors';
import { insertCandidate, nextRef, touchCandidate, getCandidateRow } from '../repositories/candidates';
import { addContactKeys, findCandidateByContacts } from '../repositories/contacts';
import { insertCvVersion } from '../repositories/cv-versions';
import { findDocumentBySha, insertDocument } from '../repositories/documents';
import { insertSource } from '../repositories/sources';
import type { Db } from '../vault/database';
import { recordSourceDefaults } from '../consent/record';
import { currentConsultant } from './consultant';

export interface ImportDeps {
  /** Asked again after parsing: the vault may have been locked meanwhile. */
  db: () => Db;
  extract: (bytes: Uint8Array) => Promise<ExtractedDocument>;
  structure: (doc: ExtractedDocument) => StructuredCv;
  now?: () => Date;
}

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  source: SourceInput;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Only what the side-by-side view needs; no geometry, no images. */
const extractedJson = (doc: ExtractedDocument): string =>
  JSON.stringify(doc.lines.map((l) => ({ text: l.text, page: l.page, region: l.region, column: l.column })));

const duplicateOf = (db: Db, fileName: string, hash: string): ImportOutcome | undefined => {
  const existing = findDocumentBySha(db, hash);
  if (!existing) return undefined;
  const ref = getCandidateRow(db, existing.candidate_id)?.ref;
  return { file: fileName, status: 'duplicate', candidateId: existing.candidate_id, ...(ref ? { ref } : {}) };
};

/**
 * Imports one file. Parsing happens first, outside any transaction; everything the file adds to the
 * vault is then written in one transaction, so a failure leaves nothing behind. Duplicates and
 * failures are outcomes, so one bad file never stops a batch.
 */
export const importCv = async (deps: ImportDeps, req: ImportRequest): Promise<ImportOutcome> => {
  const hash = sha256(req.bytes);
  const early = duplicateOf(deps.db(), req.fileName, hash);
  if (early) return early;

  let cv: StructuredCv;
  let doc: ExtractedDocument;
  try {
    doc = await deps.extract(req.bytes);
    cv = deps.structure(doc);
  } catch (e) {
    const error = isCoreError(e) ? e : new CoreError('IMPORT_CORRUPT', 'This file could not be read as a CV.');
    return { file: req.fileName, status: 'failed', error: { code: error.code, message: error.message } };
  }

  const db = deps.db();
  const now = (deps.now ?? (() => new Date()))();
  const iso = now.toISOString();
  return db.transaction((): ImportOutcome => {
    // Checked again inside the transaction: the same file may have been parsed twice in parallel.
    const dup = duplicateOf(db, req.fileName, hash);
    if (dup) return dup;
    const consultant = req.source.consultant ?? currentConsultant(db);
    const matched = findCandidateByContacts(db, cv.contact.emails, cv.contact.phones);
    const candidateId =
      matched ?? insertCandidate(db, { ref: nextRef(db, now.getFullYear()), name: cv.contact.name, language: cv.language, now: iso });
    if (matched) touchCandidate(db, matched, iso, cv.language);
    else recordSourceDefaults(db, candidateId, req.source.kind, consultant, iso);
    const documentId = insertDocument(db, {
      candidateId,
      fileName: req.fileName,
      format: doc.format,
      sha256: hash,
      bytes: req.bytes,
      pageCount: doc.pageCount,
      hasPhoto: doc.hasPhoto,
      extracted: extractedJson(doc),
      now: iso,
    });
    const version = insertCvVersion(db, { candidateId, documentId, cv, now: iso, by: consultant });
    insertSource(db, candidateId, documentId, {
      kind: req.source.kind,
      ...(req.source.detail ? { detail: req.source.detail } : {}),
      receivedOn: req.source.receivedOn ?? iso.slice(0, 10),
      consultant,
      recordedAt: iso,
    });
    addContactKeys(db, candidateId, cv.contact.emails, cv.contact.phones);
    const ref = getCandidateRow(db, candidateId)?.ref ?? '';
    return { file: req.fileName, status: 'imported', candidateId, ref, version, matchedExisting: matched !== undefined };
  })();
};
