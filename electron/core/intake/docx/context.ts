import type { Element } from '@xmldom/xmldom';
import type { LineRegion } from '../../../../shared/cv/document';
import type { Relationship } from './relationships';
import type { Styles } from './styles';

/** What walking one part (body, header or footer) needs to know and collects on the way. */
export interface PartContext {
  styles: Styles;
  /** The relationships of the part being walked (image and hyperlink ids are per part). */
  rels: ReadonlyMap<string, Relationship>;
  /** Every entry name in the package, lower case. */
  entries: ReadonlySet<string>;
  region: LineRegion;
  found: { photo: boolean };
}

/** Word's default when no style says otherwise. */
export const DEFAULT_SIZE = 10;

export type { Element };
