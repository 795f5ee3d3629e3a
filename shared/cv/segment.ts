import type { SectionKind } from './model';
import type { CvLine } from './normalise';
import type { HeadingRole } from './heading-terms';
import { detectHeadings } from './heading-detect';
import { isSalutation, isSubjectLine } from './letter';
import { documentStyle, type DocStyle } from './typography';

export interface RawSection {
  kind: SectionKind;
  /** As written, without a trailing colon. */
  title: string;
  role?: HeadingRole;
  /** True when the kind comes from typography alone (an unknown heading). */
  unknownHeading: boolean;
  heading?: CvLine;
  lines: CvLine[];
  column: number;
  /** Order of opening, to tell which of two candidate owners is more recent. */
  seq: number;
}

export interface Segmented {
  header: CvLine[];
  sections: RawSection[];
}

const columnOf = (line: CvLine): number => line.column ?? 0;
const titleOf = (text: string): string => text.replace(/\s*:\s*$/, '').trim();

/**
 * Split body lines (in reading order) into the header and sections.
 *
 * Columns: a heading owns the lines that follow it in its own column. Lines arrive column by
 * column, so when a column starts that no heading has claimed yet, its first lines belong to no
 * section (they go to the header) rather than to whatever section the previous column ended with.
 * A full-width heading owns the columns under it until a heading inside a column takes over.
 * Where a column holds only headings (labels in a left margin, content to their right), a line
 * belongs to the nearest label at or above it on the same page.
 */
export const segment = (lines: readonly CvLine[], style: DocStyle = documentStyle(lines)): Segmented => {
  const headings = detectHeadings(lines, style);
  const header: CvLine[] = [];
  const sections: RawSection[] = [];
  const owners = new Map<number, RawSection>();
  let last: RawSection | undefined;

  const open = (s: Omit<RawSection, 'seq'>): RawSection => {
    const section: RawSection = { ...s, seq: sections.length };
    sections.push(section);
    owners.set(s.column, section);
    last = section;
    return section;
  };

  const ownerOf = (line: CvLine): RawSection | undefined => {
    const col = columnOf(line);
    if (col === 0) return last;
    const own = owners.get(col);
    const wide = owners.get(0);
    if (own && wide) return own.seq > wide.seq ? own : wide;
    if (own) return own;
    // A label in the margin column opened after the full-width section: the line is its content.
    const label = nearestLabel(sections, line);
    return label && (!wide || label.seq > wide.seq) ? label : (wide ?? label);
  };

  lines.forEach((line, i) => {
    const decision = headings.get(i);
    const col = columnOf(line);
    if (decision) {
      const match = decision.match;
      const nothingYet = header.length === 0 && sections.length === 0;
      if (match?.role === 'document' || (match?.maybeDocumentTitle && nothingYet)) {
        // "Curriculum Vitae", "Lebenslauf": a new document starts; what follows is its header.
        header.push(line);
        owners.clear();
        last = undefined;
        return;
      }
      open({
        kind: match?.kind ?? 'other',
        title: titleOf(line.text),
        ...(match?.role ? { role: match.role } : {}),
        unknownHeading: match === undefined,
        heading: line,
        lines: [],
        column: col,
      });
      return;
    }
    const owner = ownerOf(line);
    if (isSalutation(line.text) && owner?.role !== 'letter') {
      openLetter(line, owner, header, open);
      return;
    }
    (owner ? owner.lines : header).push(line);
  });
  return { header, sections: sections.filter((s) => s.lines.length > 0) };
};

/** A letter section titled by its subject line when there is one right above, else by the salutation. */
const openLetter = (
  salutation: CvLine,
  owner: RawSection | undefined,
  header: CvLine[],
  open: (s: Omit<RawSection, 'seq'>) => RawSection,
): void => {
  const before = owner ? owner.lines : header;
  const previous = before[before.length - 1];
  const subject = previous && isSubjectLine(previous.text) ? before.pop() : undefined;
  const section = open({
    kind: 'other',
    title: titleOf((subject ?? salutation).text),
    role: 'letter',
    unknownHeading: false,
    lines: [],
    column: columnOf(salutation),
    ...(subject ? { heading: subject } : { heading: salutation }),
  });
  if (subject) section.lines.push(salutation);
};

/** Sections whose column holds nothing but their heading: labels beside their content. */
const nearestLabel = (sections: readonly RawSection[], line: CvLine): RawSection | undefined => {
  if (line.y === undefined) return undefined;
  const y = line.y;
  let best: RawSection | undefined;
  for (const s of sections) {
    const h = s.heading;
    if (!h || h.page !== line.page || h.y === undefined || s.column === columnOf(line) || s.column === 0) continue;
    if (s.lines.some((l) => columnOf(l) === s.column)) continue;
    if (h.y > y + Math.max(2, line.fontSize * 0.5)) continue;
    if (!best || (best.heading?.y ?? -Infinity) < h.y) best = s;
  }
  return best;
};
