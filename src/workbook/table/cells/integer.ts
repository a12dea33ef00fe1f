/**
 * Whole-number cells (quantity, months): `3`, `3件`, `3人`, `３`. A fraction (`2.5`) is an error, as is a
 * negative number; months must also be above zero.
 */
import type { FieldKey } from "../../../engine/columns";
import type { NumberProblem } from "../../../engine/issues";
import type { Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { parseAmount } from "./numberText";

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
  const fail = (problem: NumberProblem): CellRead<number> => ({
    ok: false,
    issue: { code: "BAD_NUMBER", field, expected, problem, found: displayText(cell, options.date1904) },
  });
  let value: Money | null;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s":
      value = parseAmount(cleanTyped(cell.v), COUNT_UNITS, false)?.value ?? null;
      break;
    case "e":
    case "bad":
      return fail("error-value");
    default:
      return fail("unreadable");
  }
  if (value === null) return fail("unreadable");
  if (value.lt(0)) return fail("negative");
  if (!value.isInteger()) return fail("fraction");
  if (positive && value.isZero()) return fail("zero");
  const n = value.toNumber();
  if (!Number.isSafeInteger(n)) return fail("too-large");
  return { ok: true, value: n };
}
