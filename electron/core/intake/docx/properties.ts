import type { Element } from '@xmldom/xmldom';
import type { DocumentProperties } from '../../../../shared/cv/document';
import type { DocxParts } from '../guard';
import { metadataText } from '../metadata-text';
import { readRelationships } from './relationships';
import { children, parseXml } from './xml';

const textOf = (root: Element, local: string): string | undefined =>
  metadataText(children(root).find((c) => c.localName === local)?.textContent ?? undefined);

/** A package-level part named in _rels/.rels, or its usual location. */
export const packagePart = (parts: DocxParts, kind: string, usual: string): string | undefined => {
  const rel = [...readRelationships(parts, '').values()].find((r) => r.kind === kind && r.part !== undefined);
  const name = rel?.part ?? usual.toLowerCase();
  return parts.has(name) ? name : undefined;
};

/**
 * docProps/core.xml (title, author = dc:creator, last modified by, subject, keywords) and the
 * writing application from docProps/app.xml. They can name people the CV itself does not.
 */
export const readDocxProperties = (parts: DocxParts): { properties: DocumentProperties; pages: number | undefined } => {
  const properties: DocumentProperties = {};
  const core = packagePart(parts, 'core-properties', 'docProps/core.xml');
  const coreBytes = core ? parts.get(core) : undefined;
  if (coreBytes) {
    const root = parseXml(coreBytes);
    const pairs: [keyof DocumentProperties, string][] = [
      ['title', 'title'],
      ['author', 'creator'],
      ['lastModifiedBy', 'lastModifiedBy'],
      ['subject', 'subject'],
      ['keywords', 'keywords'],
    ];
    for (const [key, local] of pairs) {
      const v = textOf(root, local);
      if (v) properties[key] = v;
    }
  }
  let pages: number | undefined;
  const app = packagePart(parts, 'extended-properties', 'docProps/app.xml');
  const appBytes = app ? parts.get(app) : undefined;
  if (appBytes) {
    const root = parseXml(appBytes);
    const application = textOf(root, 'Application');
    if (application) properties.creator = application;
    const n = Number(textOf(root, 'Pages'));
    if (Number.isInteger(n) && n > 0 && n < 10_000) pages = n;
  }
  return { properties, pages };
};
