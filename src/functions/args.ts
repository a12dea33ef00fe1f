/**
 * Turning what Excel passes a custom function into typed values, with an Issue (rendered in Chinese by the
 * message catalog) where it cannot be read.
 *
 * Why blanks are tricky: an omitted argument or an empty cell arrives as `null` on the web but as `0` (or
 * "") on desktop, so each reader says what 0 means for its argument. TypeScript default parameters are never
 * used: they fire only for `undefined`, which Excel never sends.
 */
import {
  type FieldKey, type Issue, type NumberExpectation, type NumberProblem, Decimal, type Money, moneyTooLarge, rateOf, type TypedRate,
} from "../engine";

/** A scalar as Excel hands it to a custom function. */
export type CellArg = number | string | boolean | null | undefined;

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });

function bad(field: FieldKey, found: unknown, expected: NumberExpectation, problem: NumberProblem, clause?: string): Read<never> {
  return { ok: false, issue: { code: "BAD_NUMBER", field, clause, found: String(found), expected, problem } };
}

/** null, undefined and empty or whitespace-only text: nothing was given. */
export function isBlank(value: CellArg): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A number as Excel shows it: binary floating point rounded to 15 significant digits, then decimal.
 * 0.1 + 0.2 arrives as 0.30000000000000004 and is read as 0.3, as the cell displays it.
 */
export function excelDecimal(value: number): Money {
  return new Decimal(value.toPrecision(15));
}

/** A number argument: a finite JS number, else unreadable. Text never reaches here from a typed parameter. */
function numberOf(value: CellArg, field: FieldKey, expected: NumberExpectation, clause?: string): Read<Money> {
  if (typeof value !== "number" || !Number.isFinite(value)) return bad(field, value, expected, "unreadable", clause);
  return ok(excelDecimal(value));
}

/**
 * Money in 元: blank is null; 0 is 0 元 (for money, a desktop blank and a typed 0 mean the same).
 * Negative money, money of 10^13 元 or more and more than two decimals are errors, as in the application
 * table (never rounded).
 */
export function readMoney(value: CellArg, field: FieldKey, clause?: string): Read<Money | null> {
  if (isBlank(value)) return ok(null);
  const n = numberOf(value, field, "money", clause);
  if (!n.ok) return n;
  if (n.value.isNegative() && !n.value.isZero()) return bad(field, value, "money", "negative", clause);
  if (moneyTooLarge(n.value)) return bad(field, value, "money", "too-large", clause);
  if (n.value.decimalPlaces() > 2) return bad(field, value, "money", "decimals", clause);
  return ok(n.value);
}

/**
 * A count (persons, certificates, cases): a whole number ≥ 0. Blank is null; what 0 means depends on the
 * item and is decided by the caller.
 */
export function readCount(value: CellArg, field: FieldKey, clause?: string): Read<number | null> {
  if (isBlank(value)) return ok(null);
  const n = numberOf(value, field, "integer", clause);
  if (!n.ok) return n;
  if (n.value.isNegative() && !n.value.isZero()) return bad(field, value, "integer", "negative", clause);
  if (!n.value.isInteger()) return bad(field, value, "integer", "fraction", clause);
  return ok(n.value.toNumber());
}

/** Loan months: a whole number > 0. 0 is a desktop blank (a loan of 0 months does not exist). */
export function readMonths(value: CellArg, field: FieldKey, clause?: string, required = false): Read<number | null> {
  if (isBlank(value)) return ok(null);
  // Where the item needs a loan term, 0 (typed, or a desktop blank) is not "empty": the term must be above 0.
  if (value === 0) return required ? bad(field, value, "positive-integer", "zero", clause) : ok(null);
  const n = numberOf(value, field, "positive-integer", clause);
  if (!n.ok) return n;
  if (n.value.isNegative()) return bad(field, value, "positive-integer", "negative", clause);
  if (!n.value.isInteger()) return bad(field, value, "positive-integer", "fraction", clause);
  return ok(n.value.toNumber());
}

/**
 * A rate as a fraction (30% is 0.3), by the one rate reader (decision 28): 30 is 30%, said so in the
 * explanation. 0 is a desktop blank: the clause's rate applies. Whether the rate is above the clause's
 * maximum is the engine's call.
 */
export function readRate(value: CellArg, field: FieldKey, clause?: string): Read<TypedRate | null> {
  if (isBlank(value) || value === 0) return ok(null);
  const n = numberOf(value, field, "rate", clause);
  if (!n.ok) return n;
  const read = rateOf(n.value, false);
  return read.ok ? ok({ rate: read.rate, percentTyped: read.percentTyped }) : bad(field, value, "rate", read.problem, clause);
}

/** Text (item, level, unit): trimmed; blank, and a desktop 0 for an empty cell, are null. */
export function readText(value: CellArg): string | null {
  if (isBlank(value) || value === 0) return null;
  return String(value).trim();
}
