import { popGraphicsState, pushGraphicsState, rgb, setCharacterSpacing, type PDFImage, type PDFPage } from 'pdf-lib';
import type { DrawOp, FontRole } from '../layout/types';
import type { MeasuredFont } from './measurer';

const colour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

/** A rounded rectangle as an SVG path in the box's own coordinates (y down). */
const roundedRect = (w: number, h: number, r: number): string => {
  const k = Math.min(r, w / 2, h / 2);
  return `M ${k} 0 H ${w - k} A ${k} ${k} 0 0 1 ${w} ${k} V ${h - k} A ${k} ${k} 0 0 1 ${w - k} ${h} H ${k} A ${k} ${k} 0 0 1 0 ${h - k} V ${k} A ${k} ${k} 0 0 1 ${k} 0 Z`;
};

/** Paints layout ops on a pdf-lib page; the layout's y runs down from the top, the PDF's up from the bottom. */
export const paintPage = (page: PDFPage, ops: readonly DrawOp[], fonts: Readonly<Record<FontRole, MeasuredFont>>, logo: PDFImage | undefined): void => {
  const H = page.getHeight();
  for (const op of ops) {
    switch (op.kind) {
      case 'rect':
        if (op.radius) page.drawSvgPath(roundedRect(op.width, op.height, op.radius), { x: op.x, y: H - op.y, color: colour(op.color), borderWidth: 0 });
        else page.drawRectangle({ x: op.x, y: H - op.y - op.height, width: op.width, height: op.height, color: colour(op.color) });
        break;
      case 'line':
        page.drawLine({ start: { x: op.x1, y: H - op.y1 }, end: { x: op.x2, y: H - op.y2 }, thickness: op.thickness, color: colour(op.color) });
        break;
      case 'logo':
        if (logo) page.drawImage(logo, { x: op.x, y: H - op.y - op.height, width: op.width, height: op.height });
        break;
      case 'text': {
        const tracking = op.style.tracking ?? 0;
        if (tracking) page.pushOperators(pushGraphicsState(), setCharacterSpacing(tracking));
        page.drawText(op.text, { x: op.x, y: H - op.y, size: op.style.size, font: fonts[op.style.font].pdf, color: colour(op.style.color) });
        if (tracking) page.pushOperators(setCharacterSpacing(0), popGraphicsState());
        break;
      }
    }
  }
};
