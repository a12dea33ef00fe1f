/**
 * Money cells (APPLICATION-TABLE.md "Reading cells"): a number, or text such as `1,000.00`, `１０００`,
 * `￥1000`, `1000元`, `1.5万`, `1.5万元`, `(500)`; a number formatted in 万 (`0.00"万元"`) is 万元. The result is 元 with at most two decimals: more is an
 * error, never rounded; negative money is an error. It comes with its whole 分, which the check counts in.
 */
import type { FieldKey } from "../../../engine/columns";
import type { Issue, NumberProblem } from "../../../engine/issues";
import { centsOf, Decimal, moneyOfCents, moneyTooLarge, type Money } from "../../../engine/money";
import type { RawCell } from "../../types";
import { badNumber, cleanTyped, EXCEL_DIGITS, excelNumber, isEmptyCell, type ReadOptions } from "./common";
import { amountValue, parseAmount } from "./numberText";
import { plainCents } from "./plainCents";

const TEN_THOUSAND = new Decimal(10000);

/** Money suffixes typed in a cell; a unit typed in the cell wins over the header's. */
const MONEY_UNITS: Readonly<Record<string, "yuan" | "wan">> = { 元: "yuan", 万元: "wan", 万: "wan" };

/** A money cell read: its value and its whole 分 (a safe integer: below 10^15), or why it is not money. */
export type MoneyRead =
  | { readonly ok: true; readonly value: Money; readonly cents: number }
  | { readonly ok: false; readonly issue: Issue }
  | null;

export function readMoney(cell: RawCell | undefined, field: FieldKey, options: ReadOptions = {}): MoneyRead {
  if (cell === undefined || isEmptyCell(cell)) return null;
  let value: Money | null;
  let wan = options.tenThousand === true;
  switch (cell.t) {
    case "n": {
      // A number its format shows in 万 (0.00"万元") is 万元 to the reviewer, as under a 万元 header (not twice).
      if (cell.tenThousand === true) wan = true;
      // A plain number of at most 15 digits is what Excel shows: its 分 without a Decimal.
      const cents = plainCents(cell.v, wan, EXCEL_DIGITS);
      if (cents !== undefined) return ofCents(cents, options);
      value = excelNumber(cell.v);
      break;
    }
    case "s": {
      const parsed = parseAmount(cleanTyped(cell.v), MONEY_UNITS, true);
      if (parsed === null) return refuse(cell, field, options, "unreadable");
      if (parsed.unit !== undefined) wan = parsed.unit === "wan";
      if (!parsed.negative) {
        // Typed text is read exactly, however many digits it has: the integer path takes what it holds exactly.
        const cents = plainCents(parsed.digits, wan, Infinity);
        if (cents !== undefined) return ofCents(cents, options);
      }
      value = amountValue(parsed);
      break;
    }
    case "e":
      return refuse(cell, field, options, "error-value");
    case "bad":
      // The reader could not make sense of the cell; the issue carries its fault.
      return refuse(cell, field, options, "unreadable");
    default:
      return refuse(cell, field, options, "unreadable");
  }
  if (value === null) return refuse(cell, field, options, "unreadable");
  if (value.isNegative() && !value.isZero()) return refuse(cell, field, options, "negative");
  if (wan) value = value.times(TEN_THOUSAND);
  if (moneyTooLarge(value)) return refuse(cell, field, options, "too-large");
  if (value.decimalPlaces() > 2) return refuse(cell, field, options, "decimals");
  // "-0" and "0.00" alike read as a plain 0.
  return value.isZero() ? ofCents(0, options) : { ok: true, value, cents: centsOf(value) };
}

/** Why the cell is not money (badNumber's issue, which never carries a value). */
function refuse(cell: RawCell, field: FieldKey, options: ReadOptions, problem: NumberProblem): MoneyRead {
  return badNumber<Money>(cell, field, "money", options, problem) as MoneyRead;
}

/** An amount read as 分, with its Money: the read's pool's where it has one (ReadOptions.amounts). */
function ofCents(cents: number, options: ReadOptions): MoneyRead {
  return { ok: true, value: options.amounts ? options.amounts.of(cents) : moneyOf(cents), cents };
}

/**
 * The Money of each distinct amount a read of a table has read, made once: a table's amounts repeat (the
 * same fee, the same cap), and decimal.js values are never changed in place, so rows may share them. One
 * pool per read (readRows), not one for the process: nothing is kept from one file to the next.
 */
export class AmountPool {
  private readonly byCents = new Map<number, Money>();

  of(cents: number): Money {
    let value = this.byCents.get(cents);
    if (value === undefined) {
      value = moneyOf(cents);
      // Amounts past this many distinct ones are each their own: the pool stays small however large the table.
      if (this.byCents.size < AmountPool.MAX_AMOUNTS) this.byCents.set(cents, value);
    }
    return value;
  }

  static readonly MAX_AMOUNTS = 65536;
}

/**
 * The Money of whole 分: a whole number of 元 below 10^7 is made by decimal.js from the number itself (its
 * own small-integer path: the same value, digits and exponent as from the text), any other from its text.
 */
function moneyOf(cents: number): Money {
  const fen = cents % 100;
  const yuan = (cents - fen) / 100; // exact: a whole number of 元 from a safe integer of 分
  return fen === 0 && yuan < 1e7 ? new Decimal(yuan) : moneyOfCents(cents);
}
