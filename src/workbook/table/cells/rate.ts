/**
 * The rate column (a row's own rate, decision 2): `30%`, `0.3`, or `30`. A number above 1 is read as a
 * percentage, since no clause pays more than the whole base. The result is a fraction: 0.3.
 */
import type { FieldKey } from "../../../engine/columns";
import { Decimal, type Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { badNumber, cleanTyped, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { amountValue, parseAmount } from "./numberText";

const PERCENT_UNITS: Readonly<Record<string, "percent">> = { "%": "percent" };
const HUNDRED = new Decimal(100);

export function readRate(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<Money> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let value: Money | null;
  let percent = false;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), PERCENT_UNITS, false);
      value = parsed === null ? null : amountValue(parsed);
      percent = parsed?.unit === "percent";
      break;
    }
    case "e":
      return badNumber(cell, field, "rate", options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; `found` is its reason, in Chinese.
      return badNumber(cell, field, "rate", options, "unreadable");
    default:
      return badNumber(cell, field, "rate", options, "unreadable");
  }
  if (value === null) return badNumber(cell, field, "rate", options, "unreadable");
  if (value.isNegative() && !value.isZero()) return badNumber(cell, field, "rate", options, "negative");
  if (percent || value.gt(1)) value = value.div(HUNDRED);
  return { ok: true, value };
}
