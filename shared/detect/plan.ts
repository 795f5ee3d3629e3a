import type { DocumentProperties } from '../cv/document';
import type { StructuredCv } from '../cv/model';
import { fingerprint } from './fingerprint';
import { detectionId } from './ids';
import { fold, toOriginal } from './text/fold';
import type { Detection } from './types';
import { cvBlocks } from './units';
import type { Occurrence, RedactionReport, ReviewItem, ReviewPlan, ReviewStatus, StoredDecision, StoredTerm } from './plan-types';

const isBoundary = (c: string) => c === '' || !/[\p{L}\p{N}]/u.test(c);

/** Every occurrence of a term in the CV, case- and accent-insensitive, as whole words. */
export const findTerm = (cv: StructuredCv, term: string, properties?: DocumentProperties): Occurrence[] => {
  const needle = fold(term.trim()).text.replace(/\s+/g, ' ');
  if (!needle) return [];
  const out: Occurrence[] = [];
  for (const block of cvBlocks(cv, properties))
    for (const unit of block.units) {
      const view = fold(unit.text);
      const hay = view.text;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        if (!isBoundary(hay.charAt(at - 1)) || !isBoundary(hay.charAt(at + needle.length))) continue;
        const [s, e] = toOriginal(view, at, at + needle.length);
        out.push({ id: detectionId(unit.path, s, e, 'manual'), path: unit.path, section: block.section, start: s, end: e });
      }
    }
  return out;
};

export interface PlanInput {
  candidateId: number;
  version: number;
  detectorVersion: number;
  cv: StructuredCv;
  properties?: DocumentProperties;
  detections: readonly Detection[];
  decisions: readonly StoredDecision[];
  terms: readonly StoredTerm[];
  /** The latest "mark reviewed" of this candidate, if any. */
  reviewed?: { by: string; at: string; version: number };
}

const countsOf = (items: readonly ReviewItem[]): ReviewPlan['counts'] => ({
  identifier: items.filter((i) => i.kind === 'identifier').length,
  special: items.filter((i) => i.kind === 'special').length,
  manual: items.filter((i) => i.kind === 'manual').length,
  pending: items.filter((i) => i.decision === 'pending').length,
  accepted: items.filter((i) => i.decision === 'accept').length,
  rejected: items.filter((i) => i.decision === 'reject').length,
});

const statusOf = (input: PlanInput): ReviewStatus => {
  const r = input.reviewed;
  if (!r) return { state: 'unreviewed' };
  const later = [...input.decisions.map((d) => d.at), ...input.terms.map((t) => t.at)].some((at) => at > r.at);
  return { state: r.version === input.version && !later ? 'reviewed' : 'stale', by: r.by, at: r.at, version: r.version };
};

/**
 * The redaction plan: detections grouped by fingerprint, the consultant's decisions applied, and
 * manual terms added. Pending items are redacted too; only an explicit reject keeps a text.
 */
export const buildPlan = (input: PlanInput): ReviewPlan => {
  const decisions = new Map(input.decisions.map((d) => [d.fingerprint, d]));
  const items = new Map<string, ReviewItem>();
  for (const d of input.detections) {
    const occurrence: Occurrence = { id: d.id, path: d.path, section: d.section, start: d.start, end: d.end };
    const existing = items.get(d.fingerprint);
    if (existing) {
      existing.occurrences.push(occurrence);
      existing.confidence = Math.max(existing.confidence, d.confidence);
      continue;
    }
    const decided = decisions.get(d.fingerprint);
    items.set(d.fingerprint, {
      id: d.fingerprint,
      kind: d.kind,
      type: d.type,
      scope: d.scope,
      text: d.text,
      confidence: d.confidence,
      rule: d.rule,
      decision: decided?.decision ?? 'pending',
      redact: decided?.decision !== 'reject',
      occurrences: [occurrence],
      ...(decided ? { decidedBy: decided.consultant, decidedAt: decided.at } : {}),
    });
  }
  for (const t of input.terms) {
    if (!t.always && t.cvVersion !== input.version) continue;
    let occurrences = findTerm(input.cv, t.text, input.properties);
    if (t.path !== undefined) occurrences = occurrences.filter((o) => o.path === t.path && (t.start === undefined || o.start === t.start));
    const id = fingerprint('manual', 'manual', t.text);
    const decided = decisions.get(id);
    items.set(id, {
      id,
      kind: 'manual',
      type: 'manual',
      scope: 'span',
      text: t.text,
      confidence: 1,
      rule: t.always ? 'manual-always' : 'manual',
      decision: decided?.decision ?? 'accept',
      redact: decided?.decision !== 'reject',
      occurrences,
      termId: t.id,
      always: t.always,
      decidedBy: decided?.consultant ?? t.consultant,
      decidedAt: decided?.at ?? t.at,
    });
  }
  const list = [...items.values()];
  return {
    candidateId: input.candidateId,
    version: input.version,
    detectorVersion: input.detectorVersion,
    status: statusOf(input),
    counts: countsOf(list),
    items: list,
  };
};

const tally = <K>(map: Map<string, { key: K; n: number; items?: number }>, key: string, k: K, n: number) => {
  const e = map.get(key) ?? { key: k, n: 0, items: 0 };
  e.n += n;
  e.items = (e.items ?? 0) + 1;
  map.set(key, e);
};

/** Counts of what the export removes, by type and by section; never the values themselves. */
export const redactionReport = (plan: ReviewPlan): RedactionReport => {
  const removed = plan.items.filter((i) => i.redact);
  const byType = new Map<string, { key: { kind: ReviewItem['kind']; type: string }; n: number; items?: number }>();
  const bySection = new Map<string, { key: string; n: number }>();
  const byBoth = new Map<string, { key: { kind: ReviewItem['kind']; type: string; section: string }; n: number }>();
  for (const item of removed) {
    tally(byType, `${item.kind}|${item.type}`, { kind: item.kind, type: item.type }, item.occurrences.length);
    for (const o of item.occurrences) {
      tally(bySection, o.section, o.section, 1);
      tally(byBoth, `${item.kind}|${item.type}|${o.section}`, { kind: item.kind, type: item.type, section: o.section }, 1);
    }
  }
  const sorted = <T extends { n: number }>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  return {
    candidateId: plan.candidateId,
    version: plan.version,
    status: plan.status,
    removed: { items: removed.length, occurrences: removed.reduce((n, i) => n + i.occurrences.length, 0) },
    kept: { rejected: plan.counts.rejected },
    pending: plan.counts.pending,
    byType: sorted(byType).map((e) => ({ ...e.key, items: e.items ?? 0, occurrences: e.n })),
    bySection: sorted(bySection).map((e) => ({ section: e.key, occurrences: e.n })),
    byTypeAndSection: sorted(byBoth).map((e) => ({ ...e.key, occurrences: e.n })),
  };
};
