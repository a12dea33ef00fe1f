/**
 * The rate column (a row's own rate, decision 2): `30%`, `0.3`, or `30`. A number above 1 is read as a
 * percentage, since no clause pays more than the whole base. The result is a fraction: 0.3.
 */
import type { FieldKey } from "../../../engine/columns";
import type { NumberProblem } from "../../../engine/issues";
import { Decimal, type Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { parseAmount } from "./numberText";

const PERCENT_UNITS: Readonly<Record<string, "percent">> = { "%": "percent" };
const HUNDRED = new Decimal(100);

export function readRate(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<Money> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  const fail = (problem: NumberProblem): CellRead<Money> => ({
    ok: false,
    issue: { code: "BAD_NUMBER", field, expected: "rate", problem, found: displayText(cell, options.date1904) },
  });
  let value: Money | null;
  let percent = false;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), PERCENT_UNITS, false);
      value = parsed?.value ?? null;
      percent = parsed?.unit === "percent";
      break;
    }
    case "e":
    case "bad":
      return fail("error-value");
    default:
      return fail("unreadable");
  }
  if (value === null) return fail("unreadable");
  if (value.lt(0)) return fail("negative");
  if (percent || value.gt(1)) value = value.div(HUNDRED);
  return { ok: true, value };
}
