/**
 * Whole-number cells (quantity, months): `3`, `3件`, `3人`, `３`. A fraction (`2.5`) is an error, as is a
 * negative number; months must also be above zero.
 */
import type { FieldKey } from "../../../engine/columns";
import type { Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { badNumber, cleanTyped, excelInteger, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { amountValue, amountWhole, parseAmount } from "./numberText";

/** What people write after a count: pieces, persons, items, cases, months. */
const COUNT_UNITS: Readonly<Record<string, "count">> = Object.fromEntries(
  ["件", "人", "项", "个", "次", "家", "名", "位", "宗", "起", "套", "个月", "月"].map((u) => [u, "count"]),
);

export function readInteger(
  cell: RawCell | undefined,
  field: FieldKey,
  positive: boolean,
  options: ReadOptions = {},
): CellRead<number> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  const expected = positive ? "positive-integer" : "integer";
  let value: Money | null;
  switch (cell.t) {
    case "n": {
      const whole = excelInteger(cell.v);
      if (whole !== undefined) return checkWhole(whole, cell, field, expected, positive, options);
      value = excelNumber(cell.v);
      break;
    }
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), COUNT_UNITS, false);
      if (parsed === null) return badNumber(cell, field, expected, options, "unreadable");
      const whole = amountWhole(parsed);
      if (whole !== undefined) return checkWhole(whole, cell, field, expected, positive, options);
      value = amountValue(parsed);
      break;
    }
    case "e":
      return badNumber(cell, field, expected, options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; the issue carries its fault.
      return badNumber(cell, field, expected, options, "unreadable");
    default:
      return badNumber(cell, field, expected, options, "unreadable");
  }
  if (value === null) return badNumber(cell, field, expected, options, "unreadable");
  if (value.isNegative() && !value.isZero()) return badNumber(cell, field, expected, options, "negative");
  if (!value.isInteger()) return badNumber(cell, field, expected, options, "fraction");
  if (positive && value.isZero()) return badNumber(cell, field, expected, options, "zero");
  const n = value.toNumber();
  if (!Number.isSafeInteger(n)) return badNumber(cell, field, expected, options, "too-large");
  // "-0.0" is a plain 0, as on the fast path.
  return { ok: true, value: n === 0 ? 0 : n };
}

/** The fast path for a whole-number cell: the same checks without decimal arithmetic. */
function checkWhole(
  n: number,
  cell: RawCell,
  field: FieldKey,
  expected: "integer" | "positive-integer",
  positive: boolean,
  options: ReadOptions,
): CellRead<number> {
  if (n < 0) return badNumber(cell, field, expected, options, "negative");
  if (positive && n === 0) return badNumber(cell, field, expected, options, "zero");
  return { ok: true, value: n === 0 ? 0 : n };
}
