import { normaliseText } from '../../../shared/detect/fingerprint';
import { findTerm, redactionReport } from '../../../shared/detect/plan';
import type { Decision, ItemKind, RedactionReport, ReviewPlan } from '../../../shared/detect/plan-types';
import { currentConsultant } from '../candidates/consultant';
import { CoreError } from '../errors';
import type { Db } from '../vault/database';
import { planOf, reviewContext } from './plan';
import { addMark, deleteDecision, deleteTerm, putDecision, putTerm } from './store';

const itemNotFound = (id: string) => new CoreError('REVIEW_ITEM_NOT_FOUND', `There is no finding "${id}" in this CV's review.`);

export interface Clock {
  now?: () => Date;
  consultant?: string;
}

const who = (db: Db, clock: Clock) => ({ consultant: clock.consultant ?? currentConsultant(db), at: (clock.now ?? (() => new Date()))().toISOString() });

/** Accept, reject or reset items, given by item id (fingerprint) or by the id of one occurrence. */
export const decide = (db: Db, candidateId: number, ids: readonly string[], decision: Decision | 'pending', clock: Clock = {}): ReviewPlan =>
  db.transaction(() => {
    const ctx = reviewContext(db, candidateId);
    const plan = planOf(db, ctx);
    const { consultant, at } = who(db, clock);
    for (const id of ids) {
      const item = plan.items.find((i) => i.id === id || i.occurrences.some((o) => o.id === id));
      if (!item) throw itemNotFound(id);
      if (decision === 'pending') deleteDecision(db, candidateId, item.id);
      else putDecision(db, { candidateId, fingerprint: item.id, decision, kind: item.kind, type: item.type, consultant, at });
    }
    return planOf(db, ctx);
  })();

/** The per-group action: every item, or every item of one kind (and type). */
export const decideAll = (db: Db, candidateId: number, decision: Decision, filter: { kind?: ItemKind; type?: string } = {}, clock: Clock = {}): ReviewPlan =>
  db.transaction(() => {
    const ctx = reviewContext(db, candidateId);
    const { consultant, at } = who(db, clock);
    for (const item of planOf(db, ctx).items) {
      if (filter.kind && item.kind !== filter.kind) continue;
      if (filter.type && item.type !== filter.type) continue;
      putDecision(db, { candidateId, fingerprint: item.id, decision, kind: item.kind, type: item.type, consultant, at });
    }
    return planOf(db, ctx);
  })();

export interface ManualTerm {
  text: string;
  always?: boolean;
  path?: string;
  start?: number;
}

/** A manual redaction: refused when the text does not occur in the CV (a typo would protect nothing). */
export const addTerm = (db: Db, candidateId: number, term: ManualTerm, clock: Clock = {}): ReviewPlan =>
  db.transaction(() => {
    const ctx = reviewContext(db, candidateId);
    const text = term.text.trim();
    const found = findTerm(ctx.cv, text).filter((o) => term.path === undefined || (o.path === term.path && (term.start === undefined || o.start === term.start)));
    if (found.length === 0) throw new CoreError('REVIEW_TEXT_NOT_FOUND', 'That text does not appear in this CV.');
    const { consultant, at } = who(db, clock);
    putTerm(db, {
      candidateId,
      text,
      textKey: normaliseText(text),
      always: term.always ?? false,
      cvVersion: ctx.row.version,
      ...(term.path !== undefined ? { path: term.path } : {}),
      ...(term.start !== undefined ? { start: term.start } : {}),
      consultant,
      at,
    });
    return planOf(db, ctx);
  })();

export const removeTerm = (db: Db, candidateId: number, termId: number): ReviewPlan =>
  db.transaction(() => {
    const ctx = reviewContext(db, candidateId);
    if (!deleteTerm(db, candidateId, termId)) throw itemNotFound(String(termId));
    return planOf(db, ctx);
  })();

/** "Mark reviewed": who and when, for the latest CV version. */
export const markReviewed = (db: Db, candidateId: number, clock: Clock = {}): ReviewPlan =>
  db.transaction(() => {
    const ctx = reviewContext(db, candidateId);
    const { consultant, at } = who(db, clock);
    addMark(db, { candidateId, cvVersion: ctx.row.version, consultant, at });
    return planOf(db, ctx);
  })();

export const reviewReport = (db: Db, candidateId: number): RedactionReport =>
  db.transaction(() => redactionReport(planOf(db, reviewContext(db, candidateId))))();
