import { CoreError } from '../errors';
import { getCandidateRow, type CandidateRow } from '../repositories/candidates';
import type { Db } from '../vault/database';

export const candidateNotFound = () =>
  new CoreError('CANDIDATE_NOT_FOUND', 'There is no such candidate (or CV version) in this vault.');

export const requireCandidate = (db: Db, id: number): CandidateRow => {
  const row = getCandidateRow(db, id);
  if (!row) throw candidateNotFound();
  return row;
};
