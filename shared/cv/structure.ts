import type { ExtractedDocument } from './document';
import { CV_SCHEMA_VERSION, type CvSection, type StructuredCv } from './model';
import { extractContact } from './contact';
import { splitEntries } from './entries';
import { findFurniture } from './furniture';
import { detectLanguage } from './language';
import { normaliseLines, type CvLine } from './normalise';
import { segment, type RawSection } from './segment';
import { documentStyle } from './typography';

const NAME_SHAPE = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}$/u;

/**
 * A CV that opens with a big unknown "heading" before any known one has usually promoted the
 * candidate's name to a heading; it belongs to the header, with its lines.
 */
const liftLeadingName = (header: CvLine[], sections: RawSection[]): void => {
  const first = sections[0];
  if (!first?.heading || !first.unknownHeading || first.role !== undefined || first.kind !== 'other') return;
  if (first.heading.page !== 1 || !NAME_SHAPE.test(first.heading.text)) return;
  sections.shift();
  header.push(first.heading, ...first.lines);
};

const uniqueInOrder = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * Extracted lines → the structured CV: normalised text, running headers/footers set apart,
 * header and sections (multilingual headings + typography), entries for dated sections, the
 * candidate's contact details and the language. Pure and deterministic, so it can be re-run on the
 * stored extraction whenever the rules improve.
 */
export const structureCv = (doc: ExtractedDocument): StructuredCv => {
  const lines = normaliseLines(doc.lines);
  const furnitureAt = findFurniture(lines, doc.pageCount);
  const body = lines.filter((_, i) => !furnitureAt.has(i));
  const style = documentStyle(body);
  const { header, sections } = segment(body, style);
  liftLeadingName(header, sections);

  const structured: CvSection[] = sections.map((s) => {
    const entries = splitEntries(s.kind, s.lines, style);
    return { kind: s.kind, title: s.title, lines: s.lines.map((l) => l.text), ...(entries ? { entries } : {}) };
  });
  const contact = extractContact({ header, sections, properties: doc.properties });
  // A near-empty form says little in its body; its page furniture ("For more information…") then speaks.
  const language = detectLanguage(body.map((l) => l.text).join('\n'), lines.map((l) => l.text).join('\n'));
  return {
    schemaVersion: CV_SCHEMA_VERSION,
    language,
    header: header.map((l) => l.text),
    sections: structured,
    contact,
    furniture: uniqueInOrder(lines.filter((_, i) => furnitureAt.has(i)).map((l) => l.text)),
    hasPhoto: doc.hasPhoto,
  };
};
