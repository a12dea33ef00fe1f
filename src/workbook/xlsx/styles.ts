/**
 * xl/styles.xml, read only for what the cells need: which cell formats (`<cellXfs>` entries, indexed by a
 * cell's s attribute) show a date, which of those show only its year, and which show a number in 万.
 */
import { LIMITS, type Limits } from "../limits";
import { ReadError } from "../readError";
import { CLOSE, END, OPEN, XmlScanner, type ByteSource } from "../xml/scanner";
import type { PaddedFormat } from "../types";
import { isBuiltInDateFormat, isDateFormatCode, isTenThousandFormatCode, isYearOnlyFormatCode, paddedFormatOf } from "./numFormats";

/**
 * What a cell format shows of a number: no date (false), a date or time (true), a date's year only, a
 * number in 万 ("wan": `0.00"万元"`, the number is 万元 to the reviewer), or a whole number padded with zeros
 * or between literal texts (`000000000000`: PaddedFormat).
 */
export type DateStyle = boolean | "year" | "wan" | PaddedFormat;

/** Index i says what cell format i shows: a date or time (true), only a date's year ("year"), a number in 万 ("wan"), or a plain number. */
export function parseDateStyles(xml: string | Uint8Array | ByteSource, part: string, limits: Limits = LIMITS): DateStyle[] {
  const customFormats = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const s = XmlScanner.of(xml, part);
  let inNumFmts = false;
  let inCellXfs = false;
  let xfDepth = 0;
  let entries = 0;
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      // Excel keeps at most 65,490 cell formats (and fewer fonts, fills, number formats …): a list with more
      // entries is not Excel's, and is not read on (the copy would carry it all).
      if (s.level === 2) entries = 0;
      else if (s.level === 3 && ++entries > limits.maxCellFormats) {
        throw new ReadError("limits", { d: "too-many-styles", part, style: s.name.slice(0, 40), max: limits.maxCellFormats });
      }
      if (s.is("numFmts")) inNumFmts = true;
      else if (s.is("cellXfs")) inCellXfs = true;
      else if (s.is("numFmt") && inNumFmts) {
        const id = Number(s.attr("numFmtId"));
        const code = s.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
      } else if (s.is("xf") && inCellXfs) {
        // Only direct children of <cellXfs> are cell formats; nothing nests xf today, but count anyway.
        if (xfDepth++ === 0) xfFormatIds.push(Number(s.attr("numFmtId") ?? "0"));
      }
    } else if (ev === CLOSE) {
      if (s.is("numFmts")) inNumFmts = false;
      else if (s.is("cellXfs")) inCellXfs = false;
      else if (s.is("xf") && inCellXfs) xfDepth--;
    }
  }
  // Each format is judged once, however many cell formats use it.
  const isDate = new Map<number, DateStyle>();
  return xfFormatIds.map((id) => {
    let date = isDate.get(id);
    if (date === undefined) {
      const custom = customFormats.get(id);
      date =
        custom === undefined
          ? isBuiltInDateFormat(id)
          : isDateFormatCode(custom)
            ? isYearOnlyFormatCode(custom) ? "year" : true
            : (isTenThousandFormatCode(custom) && "wan") || (paddedFormatOf(custom) ?? false);
      isDate.set(id, date);
    }
    return date;
  });
}
