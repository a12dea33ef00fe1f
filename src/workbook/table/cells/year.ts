/**
 * The application year: `2025`, `2025年`, `2025年度`, within the edition's years (EDITION in src/policy).
 */
import type { Issue } from "../../../engine/issues";
import { EDITION } from "../../../policy/edition";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelInteger, excelNumber, faultOf, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { readDate } from "./date";
import { serialToIso } from "./serial";

type YearProblem = Extract<Issue, { code: "BAD_YEAR" }>["problem"];

const YEAR_TEXT = /^(\d{4})\s*(?:年度?)?$/;

export function readYear(cell: RawCell | undefined, options: ReadOptions = {}): CellRead<number> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let year: number;
  switch (cell.t) {
    case "n": {
      // A date shown as its year only (yyyy"年") is the year the reviewer sees.
      if (cell.yearOnly === true) {
        const serial = excelNumber(cell.v);
        const iso = serial === null ? "unreadable" : serialToIso(serial, options.date1904 === true);
        if (iso === "impossible" || iso === "unreadable") return badYear(cell, options, "unreadable");
        year = Number(iso.slice(0, 4));
        break;
      }
      // A date-formatted cell shows a whole date, which is not a year.
      const whole = cell.date ? undefined : excelInteger(cell.v);
      if (whole !== undefined) year = whole;
      else {
        const n = cell.date ? null : excelNumber(cell.v);
        if (n === null || !n.isInteger()) return badYear(cell, options, "unreadable");
        year = n.toNumber();
      }
      break;
    }
    case "s": {
      const m = YEAR_TEXT.exec(cleanTyped(cell.v));
      if (m === null) return badYear(cell, options, "unreadable");
      year = Number(m[1]);
      break;
    }
    case "d": {
      // An ISO date (a strict workbook's date cell) shown as its year only is the year the reviewer sees;
      // shown whole, it is a date, not a year.
      const date = cell.yearOnly === true ? readDate(cell, "year", options) : null;
      if (date === null || !date.ok) return badYear(cell, options, "unreadable");
      year = Number(date.value.slice(0, 4));
      break;
    }
    case "e":
      return badYear(cell, options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; the issue carries its fault.
      return badYear(cell, options, "unreadable");
    default:
      return badYear(cell, options, "unreadable");
  }
  if (year < EDITION.firstYear || year > EDITION.lastYear) return badYear(cell, options, "out-of-range");
  return { ok: true, value: year };
}

function badYear(cell: RawCell, options: ReadOptions, problem: YearProblem): CellRead<number> {
  return { ok: false, issue: { code: "BAD_YEAR", field: "year", problem, found: displayText(cell, options.date1904), ...faultOf(cell) } };
}
