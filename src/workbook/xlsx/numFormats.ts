/**
 * Whether a number format shows a date or time, so that a serial such as 45809 is known to be a date.
 * Built-in ids: 14–22 (international), 27–36 and 50–58 (the CJK locales' date formats, common in Chinese
 * workbooks), 45–47 (times). Custom formats are dates when a y, m, d or h stands outside quotes, brackets
 * and escapes.
 */

const BUILT_IN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22,
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
  45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

/** Removes "quoted text", [colours/locales/conditions], \x escapes, and _x / *x padding. */
function stripLiterals(code: string): string {
  return code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
}

export function isDateFormatCode(code: string): boolean {
  return /[ymdh]/i.test(stripLiterals(code));
}

/**
 * Whether a date format shows the year and nothing else (`yyyy`, `yyyy"年"`): a year column typed as a date
 * shows the reviewer a year, and is read as that year. Only the first section (positive numbers) counts.
 */
export function isYearOnlyFormatCode(code: string): boolean {
  const shown = stripLiterals(code.split(";")[0]!);
  return /y/i.test(shown) && !/[mdhs]/i.test(shown);
}
