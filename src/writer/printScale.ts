/**
 * How small a sheet prints (REPORT.md rev. 3: printed text is never below 8 pt). A column of width w (in
 * widths of the default font's digit 0) is w·d + 5 pixels wide at 96 dpi. Excel's Calibri or 等线 at 11 pt
 * has a 7-pixel digit; a viewer without them (LibreOffice falls back to DejaVu Sans) draws it about 9.3
 * pixels wide and so shrinks a fitted sheet further. The wider digit is assumed, so the text stays readable
 * in either; the digit scales with the font. A page's printable width is A4 less the side margins.
 */

/** The smallest text a reviewer is asked to read on paper. */
export const MIN_PRINTED_POINTS = 8;

const A4_POINTS = { portrait: 595.28, landscape: 841.89 } as const;
/** The digit's width in pixels at 11 pt in the widest common fallback font. */
const DIGIT_PIXELS_AT_11 = 9.3;

/**
 * The scale (1 = 100 %) that fits these columns to one page width between side margins of `margin` inches
 * each; above 1 when they fit as they are.
 */
export function fitScale(widths: readonly number[], orientation: "portrait" | "landscape", fontSize: number, margin = 0.5): number {
  const digit = (DIGIT_PIXELS_AT_11 * fontSize) / 11;
  let pixels = 0;
  for (const w of widths) pixels += w * digit + 5;
  const points = pixels * 0.75;
  return points === 0 ? 1 : (A4_POINTS[orientation] - 2 * 72 * margin) / points;
}

/** The least scale, in whole percent, at which text of `fontSize` points prints at 8 pt or more. */
export function minimumScalePercent(fontSize: number): number {
  return Math.min(100, Math.ceil((MIN_PRINTED_POINTS / fontSize) * 100));
}

/**
 * The scale a wide table prints at when nothing else is asked: its text at 9 pt, a point above the least,
 * so that as many columns as that allows share a page (never above 100 %).
 */
export function tableScalePercent(fontSize: number): number {
  return Math.min(100, Math.ceil((9 / fontSize) * 100));
}
