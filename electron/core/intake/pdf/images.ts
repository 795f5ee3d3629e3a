type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: readonly unknown[]): Matrix => {
  const [a2, b2, c2, d2, e2, f2] = n.map((v) => (typeof v === 'number' ? v : 0)) as Matrix;
  const [a, b, c, d, e, f] = m;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
};

export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
}

export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** A picture the size and shape of a portrait photo, not an icon, a logo strip or a page scan. */
const photoLike = (w: number, h: number, pageW: number, pageH: number): boolean => {
  const aspect = w / h;
  return w >= 40 && h >= 40 && aspect >= 0.6 && aspect <= 1.6 && w <= 0.6 * pageW && h <= 0.6 * pageH;
};

/**
 * Follows the graphics state through a page's operator list and reports whether an image is
 * painted at photo size. Only sizes are read: the image data itself is never touched.
 */
export const paintsPhoto = (ops: OperatorList, OPS: ImageOps, pageW: number, pageH: number): boolean => {
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && Array.isArray(args)) ctm = multiply(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? (args[0] as unknown) : undefined;
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const w = Math.hypot(ctm[0], ctm[1]);
      const h = Math.hypot(ctm[2], ctm[3]);
      if (photoLike(w, h, pageW, pageH)) return true;
    }
  }
  return false;
};
