import { posix } from 'node:path';
import type { DocxParts } from '../guard';
import { anyAttr, children, parseXml } from './xml';

export interface Relationship {
  /** Last segment of the type URI ("header", "image", …): the same in transitional and Strict. */
  kind: string;
  /** Resolved part name, lower case; undefined for external targets, which are never followed. */
  part: string | undefined;
}

export const relsPathOf = (part: string): string => {
  const dir = posix.dirname(part);
  return posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(part)}.rels`);
};

/** The relationships of one part, by id. External targets are recorded but not resolved. */
export const readRelationships = (parts: DocxParts, part: string): Map<string, Relationship> => {
  const rels = new Map<string, Relationship>();
  const bytes = parts.get(relsPathOf(part).toLowerCase());
  if (!bytes) return rels;
  const base = posix.dirname(part);
  for (const el of children(parseXml(bytes))) {
    if (el.localName !== 'Relationship') continue;
    const id = anyAttr(el, 'Id');
    const type = anyAttr(el, 'Type') ?? '';
    const target = anyAttr(el, 'Target') ?? '';
    if (!id) continue;
    const external = (anyAttr(el, 'TargetMode') ?? '').toLowerCase() === 'external';
    const kind = type.slice(type.lastIndexOf('/') + 1).toLowerCase();
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base === '.' ? '' : base, target));
    rels.set(id, { kind, part: external || resolved.startsWith('..') ? undefined : resolved.toLowerCase() });
  }
  return rels;
};
