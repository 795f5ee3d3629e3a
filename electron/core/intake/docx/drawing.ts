import type { Element } from '@xmldom/xmldom';
import type { PartContext } from './context';
import { alternateChoice, anyAttr, children, isAlternateContent, isW, rAttr, VML_NS } from './xml';

const EMU_PER_CM = 360_000;
const PT_PER_CM = 72 / 2.54;

/** At least 1.5 cm each way, no larger than a fifth of a page, roughly portrait or square. */
const photoLike = (wCm: number, hCm: number): boolean => {
  const aspect = wCm / hCm;
  return wCm >= 1.5 && hCm >= 1.5 && wCm <= 12 && hCm <= 14 && aspect >= 0.6 && aspect <= 1.6;
};

/** Descendants by local name, reading only the chosen branch of any mc:AlternateContent. */
export const descendants = (el: Element, match: (e: Element) => boolean, out: Element[] = []): Element[] => {
  for (const c of children(el)) {
    if (isAlternateContent(c)) {
      const choice = alternateChoice(c);
      if (choice) descendants(choice, match, out);
      continue;
    }
    if (match(c)) out.push(c);
    else descendants(c, match, out);
  }
  return out;
};

/** An embedded (not linked) picture stored inside the package. */
const embeddedImage = (ctx: PartContext, id: string | undefined): boolean => {
  if (!id) return false;
  const rel = ctx.rels.get(id);
  return rel?.kind === 'image' && rel.part !== undefined && ctx.entries.has(rel.part);
};

/** DrawingML (w:drawing): the extent of an inline or floating picture and its embedded blip. */
const drawingHasPhoto = (drawing: Element, ctx: PartContext): boolean => {
  for (const frame of children(drawing)) {
    if (frame.localName !== 'inline' && frame.localName !== 'anchor') continue;
    const extent = children(frame).find((c) => c.localName === 'extent');
    const cx = Number(extent ? anyAttr(extent, 'cx') : NaN) / EMU_PER_CM;
    const cy = Number(extent ? anyAttr(extent, 'cy') : NaN) / EMU_PER_CM;
    if (!Number.isFinite(cx) || !Number.isFinite(cy) || !photoLike(cx, cy)) continue;
    const blips = descendants(frame, (e) => e.localName === 'blip');
    if (blips.some((b) => embeddedImage(ctx, rAttr(b, 'embed')))) return true;
  }
  return false;
};

const cssLength = (style: string, prop: string): number => {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([\\d.]+)\\s*(pt|in|cm|mm|px)?`, 'i').exec(style);
  if (!m) return NaN;
  const v = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  const cm = { pt: 1 / PT_PER_CM, in: 2.54, cm: 1, mm: 0.1, px: 2.54 / 96 }[unit] ?? NaN;
  return v * cm;
};

/** VML (w:pict, older documents): a shape's CSS size and its embedded image data. */
const vmlHasPhoto = (pict: Element, ctx: PartContext): boolean =>
  descendants(pict, (e) => e.namespaceURI === VML_NS && (e.localName === 'shape' || e.localName === 'rect')).some((shape) => {
    const style = anyAttr(shape, 'style') ?? '';
    if (!photoLike(cssLength(style, 'width'), cssLength(style, 'height'))) return false;
    const data = descendants(shape, (e) => e.namespaceURI === VML_NS && e.localName === 'imagedata');
    return data.some((d) => embeddedImage(ctx, rAttr(d, 'id')));
  });

/**
 * What a drawing or picture in a run contributes: text boxes (their content is read as blocks
 * after the paragraph) and whether it shows a photo. Picture data is never read.
 */
export const inspectGraphic = (el: Element, ctx: PartContext): Element[] => {
  if (!ctx.found.photo) ctx.found.photo = isW(el, 'drawing') ? drawingHasPhoto(el, ctx) : vmlHasPhoto(el, ctx);
  return descendants(el, (e) => isW(e, 'txbxContent'));
};
