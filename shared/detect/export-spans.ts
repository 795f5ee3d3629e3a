import type { StructuredCv } from '../cv/model';
import { fold, toOriginal } from './text/fold';
import type { ReviewPlan } from './plan-types';
import { allUnitTexts } from './units';

export interface PlannedSpan {
  path: string;
  start: number;
  end: number;
  kind: 'identifier' | 'special';
  type: string;
  text: string;
}

const isBoundary = (c: string) => c === '' || !/[\p{L}\p{N}]/u.test(c);

/**
 * The plan as spans over every string of the CV, entry fields included: each item to redact is
 * found wherever its text occurs (a decision is about a text, not one place). Manual items count
 * as identifiers of type `manual`. Items rejected by the consultant are left out.
 */
export const redactionSpans = (plan: ReviewPlan, cv: StructuredCv): PlannedSpan[] => {
  const units = allUnitTexts(cv).map((u) => ({ ...u, view: fold(u.text) }));
  const out: PlannedSpan[] = [];
  for (const item of plan.items) {
    if (!item.redact || item.type === 'photo') continue;
    const kind = item.kind === 'special' ? 'special' : 'identifier';
    const needle = fold(item.text).text;
    if (!needle.trim()) continue;
    for (const u of units) {
      const hay = u.view.text;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        if (!isBoundary(hay.charAt(at - 1)) || !isBoundary(hay.charAt(at + needle.length))) continue;
        const [s, e] = toOriginal(u.view, at, at + needle.length);
        out.push({ path: u.path, start: s, end: e, kind, type: item.type, text: u.text.slice(s, e) });
      }
    }
    // An occurrence inside a token (a name inside an e-mail) is not a whole word: keep the detected spans as well.
    for (const o of item.occurrences) {
      if (!out.some((x) => x.path === o.path && x.start === o.start && x.end === o.end)) {
        const u = units.find((x) => x.path === o.path);
        if (u) out.push({ path: o.path, start: o.start, end: o.end, kind, type: item.type, text: u.text.slice(o.start, o.end) });
      }
    }
  }
  return out;
};
