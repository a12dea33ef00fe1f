/**
 * Whether a number format shows a date or time, so that a serial such as 45809 is known to be a date.
 * Built-in ids: 14–22 (international), 27–36 and 50–58 (the CJK locales' date formats, common in Chinese
 * workbooks), 45–47 (times). Custom formats are dates when a y, m, d or h stands outside quotes, brackets
 * and escapes.
 */

import type { PaddedFormat } from "../types";

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

/** The literal text a format section shows: "quoted" runs and \x escapes (also !x, Excel's other escape). */
function literalsOf(section: string): string {
  let out = "";
  section.replace(/"([^"]*)"|[\\!](.)/g, (_, quoted: string | undefined, escaped: string | undefined) => {
    out += quoted ?? escaped ?? "";
    return "";
  });
  return out;
}

/**
 * Whether a number format shows the number in 万 (`0.00"万元"`, `#,##0"万"`, `0.00\万\元`): 10 is shown as
 * 10.00万元, which the reviewer reads as 100,000 元. Only the first section (positive numbers) counts. A
 * format that also shows a literal point (`0!.0000"万元"`, `0"."0000"万元"`) moves the point of a number in
 * 元 to show it in 万: that number is 元 as it stands, and is not said to be in 万.
 */
export function isTenThousandFormatCode(code: string): boolean {
  const literals = literalsOf(code.split(";")[0]!.replace(/\[[^\]]*\]/g, ""));
  return literals.includes("万") && !literals.includes(".");
}

/** Characters Excel shows as themselves in a number format without quotes. */
const BARE_LITERALS = "$-+/():! ";

/**
 * The shape of a format that shows a whole number padded with zeros, with literal text around it or not:
 * `000000000000` (12345678901 → 012345678901, a 申请编号 typed with its leading 0), `"LYG"0000` (12 → LYG0012).
 * Only the first section (positive numbers) counts; a format with anything else (#, a point, a comma, a
 * percent, a date, a text placeholder) is not such a format, nor a plain `0`, which shows the number as is.
 */
export function paddedFormatOf(code: string): PaddedFormat | null {
  const section = code.split(";")[0]!.replace(/\[[^\]]*\]/g, "");
  let before = "";
  let after = "";
  let zeros = 0;
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    let literal: string;
    if (c === "0") {
      // One run of zeros: a second run after literal text is no padding Excel shows simply.
      if (after !== "" || (zeros > 0 && section[i - 1] !== "0")) return null;
      zeros++;
      continue;
    } else if (c === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return null;
      literal = section.slice(i + 1, end);
      i = end;
    } else if (c === "\\") {
      if (i + 1 >= section.length) return null;
      literal = section[++i]!;
    } else if (BARE_LITERALS.includes(c)) literal = c;
    else return null;
    if (zeros === 0) before += literal;
    else after += literal;
  }
  if (zeros === 0 || (zeros === 1 && before === "" && after === "")) return null;
  return { zeros, before, after };
}
