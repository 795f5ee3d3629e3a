import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { corruptDocx } from '../failures';

/** WordprocessingML in its transitional and Strict (ISO 29500 strict) namespaces. */
export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const R_NS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const VML_NS = 'urn:schemas-microsoft-com:vml';

const ELEMENT_NODE = 1;

/**
 * Parses one part. OOXML never carries a DTD, so any DOCTYPE is refused outright: that rules out
 * entity expansion tricks whatever the parser would do with them.
 */
export const parseXml = (bytes: Uint8Array): Element => {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (/<!DOCTYPE/i.test(text)) throw corruptDocx('it contains a document type declaration');
  const parser = new DOMParser({
    onError: (level) => {
      if (level === 'fatalError') throw corruptDocx();
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch {
    throw corruptDocx();
  }
  if (!root) throw corruptDocx();
  return root;
};

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE;

export const children = (el: Element): Element[] => {
  const out: Element[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes.item(i);
    if (isElement(n)) out.push(n);
  }
  return out;
};

export const isW = (el: Element, local: string): boolean => el.localName === local && W_NS.has(el.namespaceURI ?? '');

export const wChild = (el: Element | undefined, local: string): Element | undefined =>
  el ? children(el).find((c) => isW(c, local)) : undefined;

export const wChildren = (el: Element, local: string): Element[] => children(el).filter((c) => isW(c, local));

/** An attribute by local name, in a WordprocessingML namespace or none (some writers omit it). */
export const wAttr = (el: Element | undefined, local: string): string | undefined => {
  if (!el) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && a.localName === local && (a.namespaceURI === null || W_NS.has(a.namespaceURI))) return a.value;
  }
  return undefined;
};

/** A relationship-id attribute (r:id, r:embed, r:link) in either namespace. */
export const rAttr = (el: Element, local: string): string | undefined => {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && a.localName === local && R_NS.has(a.namespaceURI ?? '')) return a.value;
  }
  return undefined;
};

/** Plain attribute by local name whatever its namespace (drawingML, VML). */
export const anyAttr = (el: Element, local: string): string | undefined => {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && a.localName === local) return a.value;
  }
  return undefined;
};

/** On/off properties: present means on unless w:val says 0/false/off. */
export const onOff = (el: Element | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = wAttr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
};

/**
 * Markup compatibility: of an mc:AlternateContent, the first mc:Choice is read and the
 * mc:Fallback (which repeats the same text for older readers, e.g. a VML text box) never is.
 */
export const alternateChoice = (el: Element): Element | undefined => {
  const kids = children(el).filter((c) => c.namespaceURI === MC_NS);
  return kids.find((c) => c.localName === 'Choice') ?? kids.find((c) => c.localName === 'Fallback');
};

export const isAlternateContent = (el: Element): boolean => el.localName === 'AlternateContent' && el.namespaceURI === MC_NS;
