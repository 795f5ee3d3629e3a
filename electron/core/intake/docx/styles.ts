import type { Element } from '@xmldom/xmldom';
import { onOff, wAttr, wChild, wChildren } from './xml';

/** Character formatting that matters for segmentation. Undefined = not set at this level. */
export interface RunFormat {
  bold?: boolean;
  /** Points. */
  size?: number;
  caps?: boolean;
  hidden?: boolean;
}

export interface ParagraphStyle {
  /** Names and ids of the style and its ancestors, nearest first (for "heading 2", "Titel"…). */
  names: string[];
  run: RunFormat;
  outlineLevel?: number;
  numbered: boolean;
}

interface StyleDef {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  run: RunFormat;
  outlineLevel?: number;
  numbered?: boolean;
}

export const readRunFormat = (rPr: Element | undefined): RunFormat => {
  const f: RunFormat = {};
  if (!rPr) return f;
  const bold = onOff(wChild(rPr, 'b'));
  if (bold !== undefined) f.bold = bold;
  const sz = Number(wAttr(wChild(rPr, 'sz'), 'val'));
  if (Number.isFinite(sz) && sz > 0) f.size = sz / 2;
  const caps = onOff(wChild(rPr, 'caps')) ?? onOff(wChild(rPr, 'smallCaps'));
  if (caps !== undefined) f.caps = caps;
  const hidden = onOff(wChild(rPr, 'vanish'));
  if (hidden !== undefined) f.hidden = hidden;
  return f;
};

/** Later levels override earlier ones. */
export const mergeFormats = (...levels: RunFormat[]): RunFormat => Object.assign({}, ...levels) as RunFormat;

/** numId 0 switches numbering off; any other value makes a list item. */
export const readNumbered = (pPr: Element | undefined): boolean | undefined => {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return undefined;
  const id = wAttr(wChild(numPr, 'numId'), 'val');
  return id !== undefined ? id !== '0' : true;
};

export const readOutlineLevel = (pPr: Element | undefined): number | undefined => {
  const v = Number(wAttr(wChild(pPr, 'outlineLvl'), 'val'));
  // Level 9 means body text.
  return Number.isInteger(v) && v >= 0 && v <= 8 ? v : undefined;
};

/** styles.xml: style definitions with their basedOn chains, and the document defaults. */
export class Styles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly defaults: RunFormat;
  private readonly defaultParagraph: string | undefined;

  constructor(root: Element | undefined) {
    let defaults: RunFormat = {};
    let defaultParagraph: string | undefined;
    if (root) {
      const docDefaults = wChild(root, 'docDefaults');
      defaults = readRunFormat(wChild(wChild(docDefaults, 'rPrDefault'), 'rPr'));
      for (const s of wChildren(root, 'style')) {
        const id = wAttr(s, 'styleId');
        if (!id) continue;
        const type = wAttr(s, 'type') ?? 'paragraph';
        const pPr = wChild(s, 'pPr');
        const def: StyleDef = { id, type, name: wAttr(wChild(s, 'name'), 'val') ?? id, run: readRunFormat(wChild(s, 'rPr')) };
        const basedOn = wAttr(wChild(s, 'basedOn'), 'val');
        if (basedOn) def.basedOn = basedOn;
        const outline = readOutlineLevel(pPr);
        if (outline !== undefined) def.outlineLevel = outline;
        const numbered = readNumbered(pPr);
        if (numbered !== undefined) def.numbered = numbered;
        this.defs.set(id, def);
        if (type === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '')) defaultParagraph = id;
      }
    }
    this.defaults = defaults;
    this.defaultParagraph = defaultParagraph;
  }

  /** A style and its ancestors, nearest first; cycles and runaway chains are cut. */
  private chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let current = id;
    while (current && !seen.has(current) && out.length < 20) {
      seen.add(current);
      const def = this.defs.get(current);
      if (!def) break;
      out.push(def);
      current = def.basedOn;
    }
    return out;
  }

  paragraph(id: string | undefined): ParagraphStyle {
    const chain = this.chain(id ?? this.defaultParagraph);
    const run = mergeFormats(this.defaults, ...[...chain].reverse().map((d) => d.run));
    const style: ParagraphStyle = {
      names: chain.flatMap((d) => [d.name, d.id]),
      run,
      numbered: chain.find((d) => d.numbered !== undefined)?.numbered ?? false,
    };
    const outline = chain.find((d) => d.outlineLevel !== undefined)?.outlineLevel;
    if (outline !== undefined) style.outlineLevel = outline;
    return style;
  }

  character(id: string | undefined): RunFormat {
    return mergeFormats(...this.chain(id).reverse().map((d) => d.run));
  }
}
