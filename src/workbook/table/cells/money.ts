/**
 * Money cells (APPLICATION-TABLE.md "Reading cells"): a number, or text such as `1,000.00`, `１０００`,
 * `￥1000`, `1000元`, `1.5万`, `1.5万元`, `(500)`. The result is 元 with at most two decimals: more is an
 * error, never rounded; negative money is an error.
 */
import type { FieldKey } from "../../../engine/columns";
import { Decimal, type Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { badNumber, cleanTyped, excelNumber, isEmptyCell, type CellRead, type ReadOptions } from "./common";
import { amountValue, parseAmount } from "./numberText";

const TEN_THOUSAND = new Decimal(10000);
/** 13 integer digits and 2 decimals are all that Excel's 15 significant digits hold to the 分: 10^13 is too large. */
const TOO_LARGE_EXPONENT = 13;

/** Money suffixes typed in a cell; a unit typed in the cell wins over the header's. */
const MONEY_UNITS: Readonly<Record<string, "yuan" | "wan">> = { 元: "yuan", 万元: "wan", 万: "wan" };

export function readMoney(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): CellRead<Money> {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let value: Money | null;
  let wan = options.tenThousand === true;
  switch (cell.t) {
    case "n":
      value = excelNumber(cell.v);
      break;
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), MONEY_UNITS, true);
      if (parsed === null) return badNumber(cell, field, "money", options, "unreadable");
      value = amountValue(parsed);
      if (parsed.unit !== undefined) wan = parsed.unit === "wan";
      break;
    }
    case "e":
      return badNumber(cell, field, "money", options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; the issue carries its fault.
      return badNumber(cell, field, "money", options, "unreadable");
    default:
      return badNumber(cell, field, "money", options, "unreadable");
  }
  if (value === null) return badNumber(cell, field, "money", options, "unreadable");
  if (value.isNegative() && !value.isZero()) return badNumber(cell, field, "money", options, "negative");
  if (wan) value = value.times(TEN_THOUSAND);
  // The exponent is the place of the first digit: 13 means 10^13 or more.
  if (value.e >= TOO_LARGE_EXPONENT) return badNumber(cell, field, "money", options, "too-large");
  if (value.decimalPlaces() > 2) return badNumber(cell, field, "money", options, "decimals");
  // "-0" and "0.00" alike read as a plain 0.
  return { ok: true, value: value.isZero() ? new Decimal(0) : value };
}
