import type { CvEntry, Period, SectionKind } from './model';
import type { CvLine } from './normalise';
import { endsWithRole, looksLikeDegree, looksLikeLocation, looksLikeOrganisation, looksLikeRole, namesCountry } from './entry-vocabulary';
import { anchorPeriod, isAnchor, isHeadLike } from './entry-lines';
import { withoutPeriod } from './period';
import type { DocStyle } from './typography';

/** Words joining a role to its employer in one line: "Developer at Acme", "Ontwikkelaar bij X". */
const JOINERS = /\s+(?:at|@|bij|chez|auprès de|bei|für|pour|for|voor)\s+/i;
const SEPARATORS = /\s+[|–—•·]\s+|\s+-\s+|\s*\|\s*/u;
const COMMA = /,\s+(?=\p{Lu})/u;

interface Part {
  text: string;
  /** Came after a comma ("Acme, Gent"): where CVs put the place. */
  afterComma: boolean;
  /** Not the first part of its line: after a comma, a separator or "at". */
  joined?: boolean;
}

/** Brackets at the ends only when unbalanced: "(Gent)" → "Gent", "Diplom (FH)" stays whole. */
const trimPart = (text: string): string => {
  let t = text.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  if (/^[([]/.test(t) && /[)\]]$/.test(t)) t = t.slice(1, -1);
  const opens = (t.match(/[([]/g) ?? []).length;
  const closes = (t.match(/[)\]]/g) ?? []).length;
  if (opens < closes) t = t.replace(/[)\]]+$/, '');
  if (opens > closes) t = t.replace(/^[([]+/, '');
  return t.trim();
};

const isTitleFor = (kind: SectionKind) => (kind === 'education' ? looksLikeDegree : looksLikeRole);

/** Looks like an organisation and not like a title, or like both but ends on an organisation word. */
const isOrganisationFor = (kind: SectionKind) => (text: string): boolean =>
  looksLikeOrganisation(text) && (!isTitleFor(kind)(text) || (kind !== 'education' && !endsWithRole(text)));
const isPlainTitleFor = (kind: SectionKind) => (text: string): boolean =>
  isTitleFor(kind)(text) && !isOrganisationFor(kind)(text);

/**
 * Whether a degree keeps its commas: "B.A. BWL, Schwerpunkt Steuern" and "Master of Science,
 * Computer Science" are one title, but not when a school follows ("Master in de Rechten,
 * Universiteit Gent") or the line has the three parts of degree, school and place. A job title
 * followed by a comma is "Title, Employer" far more often than a title with a comma in it.
 */
const keepsCommas = (kind: SectionKind, text: string, pieces: readonly string[]): boolean =>
  kind === 'education' && isPlainTitleFor(kind)(text) && pieces.length < 3 && !pieces.slice(1).some(isOrganisationFor(kind));

/** A head line cut into its fields. */
const splitParts = (kind: SectionKind, text: string): Part[] =>
  text
    .split(JOINERS)
    .flatMap((p) => p.split(SEPARATORS))
    .flatMap((p) => {
      const pieces = p.split(COMMA);
      if (keepsCommas(kind, p, pieces)) return [{ text: p, afterComma: false }];
      return pieces.map((t, i) => ({ text: t, afterComma: i > 0 }));
    })
    .map((p) => ({ ...p, text: trimPart(p.text) }))
    .filter((p) => p.text.length > 0)
    .map((p, i) => ({ ...p, joined: i > 0 }));

/**
 * The place: CVs add it after the employer on the same line ("Google — London", "Acme, Gent"),
 * so the last place-shaped part that follows another on its line; a line of its own that merely
 * looks like a place ("Mit Auszeichnung") only when there is no such part. A city and the country
 * after it are kept together ("Brussels, Belgium").
 */
const takePlace = (rest: Part[], needed: number): string | undefined => {
  const joined = rest.findLastIndex((p) => p.joined === true && looksLikeLocation(p.text));
  const i = joined >= 0 ? joined : rest.findIndex((p) => looksLikeLocation(p.text));
  const place = rest[i];
  if (!place) return undefined;
  const before = rest[i - 1];
  if (place.afterComma && namesCountry(place.text) && before && rest.length > needed + 1 && looksLikeLocation(before.text)) {
    rest.splice(i - 1, 2);
    return `${before.text}, ${place.text}`;
  }
  rest.splice(i, 1);
  return place.text;
};

/** Decide which head part is the title, the organisation and the place. */
const assign = (kind: SectionKind, parts: readonly Part[]): Pick<CvEntry, 'title' | 'organisation' | 'location'> => {
  const rest = [...parts];
  const take = (test: (p: Part) => boolean): string | undefined => {
    const i = rest.findIndex(test);
    return i < 0 ? undefined : rest.splice(i, 1)[0]?.text;
  };
  const isTitle = isPlainTitleFor(kind);
  const isOrganisation = isOrganisationFor(kind);
  let title = take((p) => isTitle(p.text));
  let organisation = take((p) => isOrganisation(p.text));
  // A place only when there are parts to spare: "Acme, Gent" is employer and city, "Acme" alone is not a city.
  const needed = (title ? 0 : 1) + (organisation ? 0 : 1);
  const location = rest.length > needed ? takePlace(rest, needed) : undefined;
  // Unlabelled parts: CVs put the title first, then the employer or school.
  title ??= rest.shift()?.text;
  organisation ??= rest.shift()?.text;
  return { ...(title ? { title } : {}), ...(organisation ? { organisation } : {}), ...(location ? { location } : {}) };
};

/** Head lines after the date line: employer and place often follow on a line or two. */
const MAX_HEAD_BELOW = 2;

export interface EntryHead extends Pick<CvEntry, 'title' | 'organisation' | 'location'> {
  period?: Period;
  /** Index of the first body line (bullets, description). */
  bodyStart: number;
}

/** The fields one head line holds, with the period taken out of the date line. */
const lineParts = (kind: SectionKind, line: CvLine, isDateLine: boolean): { parts: Part[]; period?: Period } => {
  const p = isDateLine ? anchorPeriod(line) : undefined;
  return { parts: splitParts(kind, p ? withoutPeriod(line.text, p) : line.text), ...(p ? { period: p.period } : {}) };
};

/**
 * A head that already names a recognisable title and something else is complete: a following
 * short line is the description ("Opvolging van de werven"), unless it is a place or employer.
 */
const completeWithout = (kind: SectionKind, parts: readonly Part[], next: CvLine): boolean =>
  parts.length >= 2 &&
  parts.some((p) => isTitleFor(kind)(p.text)) &&
  !looksLikeLocation(next.text) &&
  !looksLikeOrganisation(next.text);

/** The entry's head: everything up to its date line, plus short lines right after it. */
export const readHead = (kind: SectionKind, lines: readonly CvLine[], style: DocStyle): EntryHead => {
  const anchor = lines.findIndex(isAnchor);
  const parts: Part[] = [];
  let period: Period | undefined;
  const take = (line: CvLine, i: number) => {
    const read = lineParts(kind, line, i === anchor);
    parts.push(...read.parts);
    period ??= read.period;
  };
  lines.slice(0, anchor + 1).forEach(take);
  let end = anchor < 0 ? 0 : anchor + 1;
  while (end < lines.length && end - anchor <= MAX_HEAD_BELOW) {
    const line = lines[end];
    if (!line || !isHeadLike(line, style) || isAnchor(line) || completeWithout(kind, parts, line)) break;
    take(line, end);
    end += 1;
  }
  return { ...assign(kind, parts), ...(period ? { period } : {}), bodyStart: end };
};
