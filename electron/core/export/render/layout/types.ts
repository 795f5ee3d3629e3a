/**
 * The layout engine's vocabulary. Everything is in PDF points with y measured DOWN from the top of
 * the page (how a designer thinks); only the PDF painter flips it. No pdf-lib types here, so the
 * engine runs in unit tests with a fake measurer.
 */

/** Which face of the template's fonts a piece of text uses. */
export type FontRole = 'regular' | 'bold' | 'italic' | 'heading';

export interface TextStyle {
  readonly font: FontRole;
  readonly size: number;
  /** '#RRGGBB' */
  readonly color: string;
  /** Extra space between characters, in points (upper-case headings). */
  readonly tracking?: number;
}

/** Text metrics of the embedded fonts (PDF) or of a stand-in (tests). */
export interface Measurer {
  /** Width of `text` on one line, tracking excluded. */
  width(text: string, font: FontRole, size: number): number;
  /** Height above the baseline, as a fraction of the size (0.95 for a typical sans). */
  ascent(font: FontRole): number;
  /** Depth below the baseline, positive, as a fraction of the size. */
  descent(font: FontRole): number;
  /** Replaces what the font cannot draw (no tofu boxes in a client's CV). */
  printable(text: string, font: FontRole): string;
}

export interface TextOp {
  readonly kind: 'text';
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly style: TextStyle;
}
export interface LineOp {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: string;
  readonly thickness: number;
}
export interface RectOp {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  /** Rounded corners (chips). */
  readonly radius?: number;
}
/** The firm's logo; the only image a company CV ever carries. */
export interface LogoOp {
  readonly kind: 'logo';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export type DrawOp = TextOp | LineOp | RectOp | LogoOp;

/**
 * The unit of pagination: a line of text, an entry's title block, a heading. A slice is never
 * split; `keepWithNext` glues it to the following slice (headings, entry titles, first lines).
 */
export interface Slice {
  readonly height: number;
  /** Dropped at the top of a page or column. */
  readonly spaceBefore: number;
  readonly keepWithNext: boolean;
  /** Draws the slice with its top-left corner at (x, top). */
  readonly draw: (x: number, top: number) => readonly DrawOp[];
  /** For tests and debugging: what the slice is. */
  readonly label: string;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PageLayout {
  readonly ops: readonly DrawOp[];
  /** Labels of the slices placed on this page, per column, in order (tests look at these). */
  readonly placed: { readonly main: readonly string[]; readonly sidebar: readonly string[] };
}

export interface DocumentLayout {
  readonly width: number;
  readonly height: number;
  readonly pages: readonly PageLayout[];
}
