/**
 * The rate column (a row's own rate, decision 2): `30%`, `0.3`, or `30`, read by the one rate reader
 * (src/engine/rateValue.ts, decision 28): a bare number above 1 and at most 100 is a percentage. The
 * result is a fraction, 0.3, and whether it was typed as a bare percentage, for the explanation.
 */
import type { FieldKey } from "../../../engine/columns";
import type { Money } from "../../../engine/money";
import { rateOf, type TypedRate } from "../../../engine/rateValue";

export type { TypedRate };
import type { RawCell } from "../../types";
import { badNumber, cleanTyped, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { amountValue, parseAmount } from "./numberText";

const PERCENT_UNITS: Readonly<Record<string, "percent">> = { "%": "percent" };

export function readRate(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<TypedRate> {
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
      // The reader could not make sense of the cell; the issue carries its fault.
      return badNumber(cell, field, "rate", options, "unreadable");
    default:
      return badNumber(cell, field, "rate", options, "unreadable");
  }
  if (value === null) return badNumber(cell, field, "rate", options, "unreadable");
  const read = rateOf(value, percent);
  if (!read.ok) return badNumber(cell, field, "rate", options, read.problem);
  return { ok: true, value: { rate: read.rate, percentTyped: read.percentTyped } };
}
