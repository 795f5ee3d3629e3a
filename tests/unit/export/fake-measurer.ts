import type { Measurer } from '../../../electron/core/export/render/layout/types';

/** Every character is half the font size wide: widths are easy to reason about in tests. */
export const fakeMeasurer: Measurer = {
  width: (text, _font, size) => [...text].length * size * 0.5,
  ascent: () => 0.8,
  descent: () => 0.2,
  printable: (text) => [...text].filter((c) => c >= ' ').join(''),
};
