/**
 * Date cells: an Excel date serial (1900 or 1904 system), an ISO `t="d"` cell, or text `2025-06-01`,
 * `2025/6/1`, `2025.6.1`, `2025年6月1日`, `20250601`. Output is an ISO date; `2025-02-30` is impossible.
 */
import type { FieldKey } from "../../../engine/columns";
import type { Issue } from "../../../engine/issues";
import type { IsoDate } from "../../../engine/types";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelInteger, excelNumber, faultOf, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { daysInMonth, isoDate, serialToIso } from "./serial";

type DateProblem = Extract<Issue, { code: "BAD_DATE" }>["problem"];

// A time of day after the date is allowed and ignored ("2025-06-01 00:00:00", "2025-06-01T08:30").
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
/** 2025-06-01, 2025/6/1, 2025.6.1: one separator used twice. */
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
/** 2025年6月1日 (or 号), spaces allowed between the parts; a time of day after it too. */
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_CELL = /^(\d{4})-(\d{2})-(\d{2})/;

/** Years before this are typing slips, not dates an application can hold. */
const FIRST_YEAR = 1900;

/** A year, month and day checked against the calendar. */
function civil(y: number, m: number, d: number): IsoDate | "impossible" {
  if (y < FIRST_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return "impossible";
  return isoDate(y, m, d);
}

/** Parse typed date text (already trimmed and half-width). */
export function parseDateText(text: string): IsoDate | "impossible" | "unreadable" {
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (m !== null) {
    const day = m.length === 5 ? m[4] : m[3];
    return civil(Number(m[1]), Number(m.length === 5 ? m[3] : m[2]), Number(day));
  }
  const c = CHINESE.exec(text);
  if (c !== null) return civil(Number(c[1]), Number(c[2]), Number(c[3]));
  return "unreadable";
}

export function readDate(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<IsoDate> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let result: IsoDate | "impossible" | "unreadable";
  switch (cell.t) {
    case "n":
      result = numberToDate(cell.v, cell.date === true, options.date1904 === true);
      break;
    case "s":
      result = parseDateText(cleanTyped(cell.v));
      break;
    case "d": {
      // The text of the cell, not a Date: the calendar day written is the day meant.
      const m = ISO_CELL.exec(cell.v);
      result = m === null ? "unreadable" : civil(Number(m[1]), Number(m[2]), Number(m[3]));
      break;
    }
    case "e":
      return badDate(cell, field, options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; the issue carries its fault.
      return badDate(cell, field, options, "unreadable");
    default:
      result = "unreadable";
  }
  if (result === "impossible" || result === "unreadable") return badDate(cell, field, options, result);
  return { ok: true, value: result };
}

function badDate(cell: RawCell, field: FieldKey, options: ReadOptions, problem: DateProblem): CellRead<IsoDate> {
  return { ok: false, issue: { code: "BAD_DATE", field, problem, found: displayText(cell, options.date1904), ...faultOf(cell) } };
}

/**
 * A number in a date column. 20250601 typed into a General cell is a compact date (no serial is that
 * large); a bare year such as 2025 in an unformatted cell is not a date (as a serial it would be 1905).
 */
function numberToDate(v: string, dateFormatted: boolean, date1904: boolean): IsoDate | "impossible" | "unreadable" {
  const whole = excelInteger(v);
  if (whole !== undefined && whole >= 0 && whole < FIRST_YEAR) return serialToIso(whole, date1904);
  if (whole !== undefined && whole > 2100 && whole < 10000101) return serialToIso(whole, date1904);
  const n = excelNumber(v);
  if (n === null || n.lt(0)) return "unreadable";
  if (n.isInteger() && n.gte(10000101) && n.lte(99991231)) return parseDateText(n.toFixed());
  if (!dateFormatted && n.isInteger() && n.gte(FIRST_YEAR) && n.lte(2100)) return "unreadable";
  return serialToIso(n, date1904);
}
