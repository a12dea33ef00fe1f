/**
 * Money cells (APPLICATION-TABLE.md "Reading cells"): a number, or text such as `1,000.00`, `１０００`,
 * `￥1000`, `1000元`, `1.5万`, `1.5万元`, `(500)`. The result is 元 with at most two decimals: more is an
 * error, never rounded; negative money is an error.
 */
import type { FieldKey } from "../../../engine/columns";
import type { NumberProblem } from "../../../engine/issues";
import { Decimal, type Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { cleanTyped, displayText, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { parseAmount } from "./numberText";

const TEN_THOUSAND = new Decimal(10000);
/** 13 integer digits and 2 decimals are all that Excel's 15 significant digits hold to the 分. */
const TOO_LARGE = new Decimal("1e13");

/** Money suffixes typed in a cell; a unit typed in the cell wins over the header's. */
const MONEY_UNITS: Readonly<Record<string, "yuan" | "wan">> = { 元: "yuan", 万元: "wan", 万: "wan" };

export function readMoney(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<Money> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  const fail = (problem: NumberProblem): CellRead<Money> => ({
    ok: false,
    issue: { code: "BAD_NUMBER", field, expected: "money", problem, found: displayText(cell, options.date1904) },
  });
  let value: Money | null;
  let wan = options.tenThousand === true;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), MONEY_UNITS, true);
      if (parsed === null) return fail("unreadable");
      value = parsed.value;
      if (parsed.unit !== undefined) wan = parsed.unit === "wan";
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
  if (wan) value = value.times(TEN_THOUSAND);
  if (value.gte(TOO_LARGE)) return fail("too-large");
  if (value.decimalPlaces() > 2) return fail("decimals");
  // "-0" and "0.00" alike read as a plain 0.
  return { ok: true, value: value.isZero() ? new Decimal(0) : value };
}
