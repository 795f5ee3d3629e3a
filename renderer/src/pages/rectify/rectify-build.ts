import type { CvEntry, CvSection, Period, StructuredCv } from '../../../../shared/cv/model';
import { parsePeriod } from '../../../../shared/cv/period';
import { lineAccounted } from '../../../../shared/export/redaction';
import { entryDraft, splitLines, type CvDraft, type EntryDraft, type SectionDraft } from './rectify-draft';

/** A correction: text `from` as it stood in the CV, `to` what it is now ('' when removed). */
export interface Replacement {
  readonly from: string;
  readonly to: string;
}

/**
 * Pairs an old list with its edited form: items kept as they were anchor the pairing, and between
 * anchors old and new items pair up in order; old items left over were removed.
 */
export const alignLists = (before: readonly string[], after: readonly string[]): Replacement[] => {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: Replacement[] = [];
  let gapOld: string[] = [];
  let gapNew: string[] = [];
  const flush = (): void => {
    gapOld.forEach((from, k) => out.push({ from, to: gapNew[k] ?? '' }));
    gapOld = [];
    gapNew = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) gapNew.push(after[j++]!);
    else gapOld.push(before[i++]!);
  }
  flush();
  return out.filter((r) => r.from !== r.to && r.from.trim() !== '');
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const HAS_TEXT = /[\p{L}\p{N}]/u;
const SEPARATORS = /^[\s|·•,;:–—-]+|[\s|·•,;:–—-]+$/g;

/**
 * Applies the corrections to one line of CV text, whole words only and regardless of case (a name
 * written in capitals in the header is still that name). What a removal leaves behind is tidied;
 * a line left with no text at all is dropped (undefined).
 */
export const correctLine = (line: string, replacements: readonly Replacement[]): string | undefined => {
  let out = line;
  let removed = false;
  for (const { from, to } of replacements) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, (match) => {
      if (to === '') removed = true;
      return match === match.toUpperCase() && match !== match.toLowerCase() ? to.toUpperCase() : to;
    });
  }
  if (removed) {
    const bullet = /^\s*[•·▪◦‣*-]\s+/.exec(out)?.[0] ?? '';
    out = bullet + out.slice(bullet.length).replace(/\s{2,}/g, ' ').replace(/(\s*[|·,;]\s*){2,}/g, ' | ').replace(SEPARATORS, '');
  }
  return HAS_TEXT.test(out) ? out : undefined;
};

const correctLines = (lines: readonly string[], replacements: readonly Replacement[]): string[] =>
  replacements.length === 0 ? [...lines] : lines.flatMap((l) => correctLine(l, replacements) ?? []);

const changed = (from: string | undefined, to: string): Replacement[] => {
  const f = (from ?? '').trim();
  return f !== '' && f !== to.trim() ? [{ from: f, to: to.trim() }] : [];
};

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

const period = (before: Period | undefined, text: string): Period | undefined => {
  const t = text.trim();
  if (t === '') return undefined;
  if (before && before.text === t) return before;
  return parsePeriod(t) ?? { current: false, text: t };
};

/**
 * The corrected entry. Its raw lines follow the corrected fields: old wording is replaced where it
 * stood, and a line that only held old field text (a wrapped bullet, say) is dropped, so neither
 * the CV view nor an export shows the inaccurate data next to the correction.
 */
const buildEntry = (before: CvEntry, draft: EntryDraft, contact: readonly Replacement[]): { entry: CvEntry; lineMap: Map<string, string | undefined> } => {
  const bullets = splitLines(draft.bullets);
  const entryReplacements = [
    ...changed(before.title, draft.title),
    ...changed(before.organisation, draft.organisation),
    ...changed(before.period?.text, draft.period),
    ...changed(before.location, draft.location),
    ...alignLists(before.bullets, bullets),
  ];
  const title = optional(draft.title);
  const organisation = optional(draft.organisation);
  const location = optional(draft.location);
  const p = period(before.period, draft.period);
  const shell: CvEntry = {
    ...(title ? { title } : {}),
    ...(organisation ? { organisation } : {}),
    ...(p ? { period: p } : {}),
    ...(location ? { location } : {}),
    bullets,
    lines: [],
  };
  const replacements = [...contact, ...entryReplacements];
  const lineMap = new Map<string, string | undefined>();
  for (const line of before.lines) {
    const corrected = replacements.length === 0 ? line : correctLine(line, replacements);
    const stale = entryReplacements.length > 0 && corrected !== undefined && lineAccounted(before, line) && !lineAccounted(shell, corrected);
    lineMap.set(line, stale ? undefined : corrected);
  }
  const lines = before.lines.flatMap((l) => lineMap.get(l) ?? []);
  return { entry: { ...shell, lines }, lineMap };
};

const buildSection = (before: CvSection, draft: SectionDraft, contact: readonly Replacement[]): CvSection => {
  const title = draft.title.trim();
  if (!before.entries || before.entries.length === 0) return { kind: before.kind, title, lines: correctLines(splitLines(draft.lines), contact) };
  const built = before.entries.map((e, i) => buildEntry(e, draft.entries[i] ?? entryDraft(e), contact));
  // The section's own lines repeat its entries' lines: each follows its entry's correction.
  const lines = before.lines.flatMap((line) => {
    const owner = built.find((b) => b.lineMap.has(line));
    const corrected = owner ? owner.lineMap.get(line) : correctLine(line, contact);
    return corrected === undefined ? [] : [corrected];
  });
  return { kind: before.kind, title, lines, entries: built.map((b) => b.entry) };
};

const cleanList = (values: readonly string[], fold: (v: string) => string): string[] => {
  const seen = new Set<string>();
  return values
    .map((v) => v.trim())
    .filter((v) => {
      const key = fold(v);
      if (v === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/**
 * The corrected CV, to be saved as a new version. Corrected contact details are also corrected
 * where the CV's text repeats them (header, sections, running headers), so the new version does
 * not keep showing the old name or address.
 */
export const cvFromDraft = (before: StructuredCv, draft: CvDraft): StructuredCv => {
  const emails = cleanList(draft.emails, (v) => v.toLowerCase()).map((e) => e.toLowerCase());
  const phones = cleanList(draft.phones, (v) => v.replace(/[^\d+]/g, ''));
  const links = cleanList(draft.links, (v) => v.toLowerCase());
  const contact = [
    ...changed(before.contact.name, draft.name),
    ...changed(before.contact.address, draft.address),
    ...alignLists(before.contact.emails, emails),
    ...alignLists(before.contact.phones, phones),
    ...alignLists(before.contact.links, links),
  ];
  const name = optional(draft.name);
  const address = optional(draft.address);
  return {
    ...before,
    header: correctLines(splitLines(draft.header), contact),
    sections: before.sections.map((s, i) => {
      const d = draft.sections[i];
      return d ? buildSection(s, d, contact) : s;
    }),
    contact: { ...(name ? { name } : {}), emails, phones, ...(address ? { address } : {}), links },
    furniture: correctLines(before.furniture, contact),
  };
};
