/**
 * The application year: `2025`, `2025年`, `2025年度`, within the edition's years (EDITION in src/policy).
 */
import type { Issue } from "../../../engine/issues";
import { EDITION } from "../../../policy/edition";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";

const YEAR_TEXT = /^(\d{4})\s*(?:年度?)?$/;

export function readYear(cell: RawCell | undefined, options: ReadOptions = {}): CellRead<number> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  const fail = (problem: Extract<Issue, { code: "BAD_YEAR" }>["problem"]): CellRead<number> => ({
    ok: false,
    issue: { code: "BAD_YEAR", field: "year", problem, found: displayText(cell, options.date1904) },
  });
  let year: number;
  switch (cell.t) {
    case "n": {
      // A date-formatted cell shows a whole date, which is not a year.
      const n = cell.date ? null : excelNumber(cell.v);
      if (n === null || !n.isInteger()) return fail("unreadable");
      year = n.toNumber();
      break;
    }
    case "s": {
      const m = YEAR_TEXT.exec(cleanTyped(cell.v));
      if (m === null) return fail("unreadable");
      year = Number(m[1]);
      break;
    }
    case "e":
    case "bad":
      return fail("error-value");
    default:
      return fail("unreadable");
  }
  if (year < EDITION.firstYear || year > EDITION.lastYear) return fail("out-of-range");
  return { ok: true, value: year };
}
