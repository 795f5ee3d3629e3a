import type { DocumentProperties } from '../cv/document';
import type { StructuredCv } from '../cv/model';
import type { TextUnit } from './types';

/**
 * A run of units read as one text (a section's lines, the header): statements may wrap across
 * lines, so statement-level rules read the block, and spans are projected back onto the units.
 */
export interface Block {
  section: string;
  units: TextUnit[];
}

const BULLET = /^\s*[•·▪●◦■►▸*–—-]\s+/u;

const lineUnit = (path: string, text: string, section: TextUnit['section']): TextUnit => ({
  path,
  text,
  kind: BULLET.test(text) ? 'bullet' : 'line',
  ...(section ? { section } : {}),
});

const PROPERTY_FIELDS = ['title', 'author', 'subject', 'keywords', 'lastModifiedBy'] as const;

/** Every string of the CV that reaches an export or a reviewer, grouped in blocks, with stable paths. */
export const cvBlocks = (cv: StructuredCv, properties?: DocumentProperties): Block[] => {
  const blocks: Block[] = [];
  blocks.push({ section: 'header', units: cv.header.map((text, i) => ({ path: `header.${i}`, text, kind: 'header' as const })) });
  cv.sections.forEach((s, si) => {
    const units: TextUnit[] = [];
    if (s.title) units.push({ path: `sections.${si}.title`, text: s.title, kind: 'title', section: s.kind });
    s.lines.forEach((text, li) => units.push(lineUnit(`sections.${si}.lines.${li}`, text, s.kind)));
    blocks.push({ section: s.kind, units });
  });
  cv.furniture.forEach((text, i) => blocks.push({ section: 'furniture', units: [{ path: `furniture.${i}`, text, kind: 'furniture' }] }));
  for (const field of PROPERTY_FIELDS) {
    const text = properties?.[field];
    if (text?.trim()) blocks.push({ section: 'properties', units: [{ path: `properties.${field}`, text, kind: 'furniture' }] });
  }
  return blocks.filter((b) => b.units.length > 0);
};

/** The text of a unit path in a CV (and its properties), or undefined when the path does not exist. */
export const textAt = (cv: StructuredCv, path: string, properties?: DocumentProperties): string | undefined => {
  for (const b of cvBlocks(cv, properties)) for (const u of b.units) if (u.path === path) return u.text;
  return undefined;
};

/**
 * Every addressable string, including the fields of entries (`sections.1.entries.0.title`,
 * `…bullets.3`): the export builds entry sections from these, so redactions must reach them too.
 */
export const allUnitTexts = (cv: StructuredCv): { path: string; section: string; text: string }[] => {
  const out = cvBlocks(cv).flatMap((b) => b.units.map((u) => ({ path: u.path, section: b.section, text: u.text })));
  cv.sections.forEach((s, si) =>
    s.entries?.forEach((e, ei) => {
      const base = `sections.${si}.entries.${ei}`;
      for (const f of ['title', 'organisation', 'location'] as const) {
        const v = e[f];
        if (v) out.push({ path: `${base}.${f}`, section: s.kind, text: v });
      }
      if (e.period?.text) out.push({ path: `${base}.period`, section: s.kind, text: e.period.text });
      e.bullets.forEach((b, bi) => out.push({ path: `${base}.bullets.${bi}`, section: s.kind, text: b }));
      e.lines.forEach((l, li) => out.push({ path: `${base}.lines.${li}`, section: s.kind, text: l }));
    }),
  );
  if (cv.contact.name) out.push({ path: 'contact.name', section: 'header', text: cv.contact.name });
  if (cv.contact.address) out.push({ path: 'contact.address', section: 'header', text: cv.contact.address });
  cv.contact.emails.forEach((t, i) => out.push({ path: `contact.emails.${i}`, section: 'header', text: t }));
  cv.contact.phones.forEach((t, i) => out.push({ path: `contact.phones.${i}`, section: 'header', text: t }));
  cv.contact.links.forEach((t, i) => out.push({ path: `contact.links.${i}`, section: 'header', text: t }));
  return out;
};
