/**
 * How small a sheet prints (REPORT.md rev. 3: printed text is never below 8 pt). A column of width w (in
 * widths of the default font's digit 0) is w·7 + 5 pixels wide at 96 dpi for an 11-point font, and scales
 * with the font; a page's printable width is A4 less the margins our sheets set (0.5 in each side).
 */

/** The smallest text a reviewer is asked to read on paper. */
export const MIN_PRINTED_POINTS = 8;

const A4_POINTS = { portrait: 595.28, landscape: 841.89 } as const;
const SIDE_MARGINS_POINTS = 72;

/** The scale (1 = 100 %) that fits these columns to one page width; above 1 when they fit as they are. */
export function fitScale(widths: readonly number[], orientation: "portrait" | "landscape", fontSize: number): number {
  const digit = (7 * fontSize) / 11;
  let pixels = 0;
  for (const w of widths) pixels += w * digit + 5;
  const points = pixels * 0.75;
  return points === 0 ? 1 : (A4_POINTS[orientation] - SIDE_MARGINS_POINTS) / points;
}

/** The least scale, in whole percent, at which text of `fontSize` points prints at 8 pt or more. */
export function minimumScalePercent(fontSize: number): number {
  return Math.min(100, Math.ceil((MIN_PRINTED_POINTS / fontSize) * 100));
}
