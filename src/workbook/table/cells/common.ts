/**
 * What every cell reader shares: the result shape, the text of a cell as the user sees it (for messages),
 * and the clean-up of numbers and typed text before they are parsed.
 */
import type { FieldKey } from "../../../engine/columns";
import type { CellFault, Issue, NumberExpectation, NumberProblem } from "../../../engine/issues";
import { Decimal, type Money } from "../../../engine/money";
import { toHalfWidth } from "../../../policy/normalise";
import type { RawCell } from "../../types";
import { serialToIso } from "./serial";

/** A cell read by type: its value, or the issue that says why it could not be read; null when empty. */
export type CellRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue } | null;

export interface ReadOptions {
  /** The workbook counts dates from 1904. */
  readonly date1904?: boolean;
  /** The column's header said 万元: bare numbers are 万元. */
  readonly tenThousand?: boolean;
  /**
   * Where a read of a whole table keeps the Money of each distinct amount it has read (money.ts AmountPool):
   * one per read, so nothing is kept from one file to the next.
   */
  readonly amounts?: { of(cents: number): Money };
}

/** Excel shows and computes with 15 significant digits; the XML may hold the binary double's 17. */
export const EXCEL_DIGITS = 15;

/** What a number cell's `v` may look like: plain or exponent notation, nothing else. */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number cell's exact value as Excel displays it: 1234.5599999999999 → 1234.56. Null when `v` is not a
 * number at all (a reader fault), so the caller reports the cell instead of throwing.
 */
export function excelNumber(v: string): Money | null {
  // Most cells hold a short plain number that needs no rounding: one Decimal instead of two, and a whole
  // number goes in as a JS number (exact below 10^15), which skips parsing the text.
  const whole = excelInteger(v);
  if (whole !== undefined) return new Decimal(whole);
  if (v.length <= 17 && PLAIN.test(v) && digitCount(v) <= EXCEL_DIGITS) return new Decimal(v);
  if (!NUMBER_TEXT.test(v)) return null;
  return new Decimal(v).toSignificantDigits(EXCEL_DIGITS, Decimal.ROUND_HALF_UP);
}

/** Plain decimal notation, no exponent. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** Digits in a plain number: with 15 or fewer it is already what Excel shows. */
function digitCount(v: string): number {
  return v.length - (v.charCodeAt(0) === 45 ? 1 : 0) - (v.indexOf(".") >= 0 ? 1 : 0);
}
/**
 * A number cell as a JS number when it is a whole number of at most 15 digits (exact in binary); undefined
 * when it needs the full reading by excelNumber (a fraction, an exponent, binary noise, not a number).
 */
export function excelInteger(v: string): number | undefined {
  // A plain loop: this runs on every count, year and date cell.
  const len = v.length;
  const start = len > 0 && v.charCodeAt(0) === 45 ? 1 : 0;
  if (len === start || len - start > EXCEL_DIGITS) return undefined;
  let n = 0;
  for (let i = start; i < len; i++) {
    const digit = v.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
  }
  return start === 1 ? -n : n;
}

/** A cell is empty when it is absent or holds only spaces. */
export function isEmptyCell(cell: RawCell | undefined): boolean {
  if (cell === undefined) return true;
  if (cell.t === "s") return cell.v.trim() === "";
  return false;
}

/** The cell's content as the user sees it in Excel, for the `found` of a message. */
export function displayText(cell: RawCell, date1904 = false): string {
  switch (cell.t) {
    case "s":
      return cell.v.trim();
    case "n": {
      const n = excelNumber(cell.v);
      if (n === null) return cell.v;
      if (cell.date) {
        // Outside the calendar the cell shows no date; the number is what the message can name.
        const iso = serialToIso(n, date1904);
        if (iso !== "impossible" && iso !== "unreadable") return cell.yearOnly === true ? iso.slice(0, 4) : iso;
      }
      // Shown in 万 by its format (0.00"万元"): named with the unit, as the reviewer reads it.
      if (cell.tenThousand === true) return `${n.toFixed()}万元`;
      // Padded by its format (000000000000): the 申请编号 as shown, its leading zeros kept. A fraction, which
      // such a format would show rounded, is named as the number it is.
      const pad = cell.padded;
      if (pad !== undefined && n.isInteger() && !n.isNegative()) return pad.before + n.toFixed().padStart(pad.zeros, "0") + pad.after;
      return n.toFixed();
    }
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "d":
      if (cell.yearOnly === true && ISO_YEAR.test(cell.v)) return cell.v.slice(0, 4);
      return cell.v.length > 10 && MIDNIGHT.test(cell.v) ? cell.v.slice(0, 10) : cell.v;
    case "e":
      return cell.v;
    case "bad":
      // What the reader could not read is said by the issue's `fault`, not shown as found text.
      return "";
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
/** An ISO date's year, shown alone where the cell's format shows only the year. */
const ISO_YEAR = /^\d{4}-/;
/** An ISO date-time at midnight: shown as the date alone, as Excel shows a date cell. */
const MIDNIGHT = /T00:00(:00(\.0+)?)?Z?$/;

/**
 * Typed text made ready for a number or date pattern: trimmed, full-width forms to half-width (only when
 * there is any non-ASCII, so the common case costs one test).
 */
export function cleanTyped(text: string): string {
  const t = text.trim();
  return NON_ASCII.test(t) ? toHalfWidth(t).trim() : t;
}

/** The BAD_NUMBER issue of a cell, naming what the user sees in it. */
export function badNumber<T>(
  cell: RawCell,
  field: FieldKey,
  expected: NumberExpectation,
  options: ReadOptions,
  problem: NumberProblem,
): CellRead<T> {
  return { ok: false, issue: { code: "BAD_NUMBER", field, expected, problem, found: displayText(cell, options.date1904), ...faultOf(cell) } };
}

/** A cell the reader could not read carries its fault into the issue about it. */
export function faultOf(cell: RawCell): { fault?: CellFault } {
  return cell.t === "bad" ? { fault: cell.fault } : {};
}
