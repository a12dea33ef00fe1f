/**
 * Numbers as people type them into a cell: thousands separators, an accounting negative `(500)`, a sign,
 * a currency mark (money only) and a unit word after the number. One pattern, compiled once.
 */
import { Decimal, type Money } from "../../../engine/money";

// sign? currency? sign? number unit?  — the unit is checked against the reader's own list afterwards.
// Thousands separators must be real groups of three, so a European "1,5" is not read as 15.
const AMOUNT =
  /^([-+\u2212])?\s*([\uffe5\u00a5]|RMB|CNY)?\s*([-+\u2212])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)\s*([^\d\s.,]*)$/i;

export interface TypedAmount<U extends string> {
  /** A minus sign or an accounting bracket. */
  readonly negative: boolean;
  /** The number without sign or separators: "1000.5", "1000.", ".5". */
  readonly digits: string;
  /** The unit typed after the number, when there was one. */
  readonly unit: U | undefined;
}

/** Most typed numbers are bare digits: they skip the full pattern. */
const BARE = /^\d+(?:\.\d+)?$/;

/** The amount's value as a decimal, sign included. */
export function amountValue(amount: TypedAmount<string>): Money {
  const whole = amountWhole(amount);
  if (whole !== undefined) return new Decimal(whole);
  const value = new Decimal(amount.digits);
  return amount.negative ? value.negated() : value;
}

/** The amount as a whole JS number when its digits are a short integer (exact in binary), else undefined. */
export function amountWhole(amount: TypedAmount<string>): number | undefined {
  const d = amount.digits;
  if (d.length > 15 || d.indexOf(".") >= 0) return undefined;
  const n = Number(d);
  return amount.negative ? -n : n;
}

/**
 * Parse typed text already cleaned (trimmed, half-width). `units` maps each accepted suffix to what it
 * means; a suffix not in it makes the text unreadable. Null when the text is not a number of this kind.
 */
export function parseAmount<U extends string>(
  text: string,
  units: Readonly<Record<string, U>>,
  allowCurrency: boolean,
): TypedAmount<U> | null {
  if (BARE.test(text)) return { negative: false, digits: text, unit: undefined };
  let body = text;
  let negative = false;
  // Accounting negative: (500), also with a unit or currency inside.
  if (body.length > 2 && body.charCodeAt(0) === 40 && body.charCodeAt(body.length - 1) === 41) {
    body = body.slice(1, -1).trim();
    negative = true;
  }
  const m = AMOUNT.exec(body);
  if (m === null) return null;
  const [, sign1, currency, sign2, digits, suffix] = m;
  if (sign1 !== undefined && sign2 !== undefined) return null;
  if (currency !== undefined && !allowCurrency) return null;
  const sign = sign1 ?? sign2;
  if (sign !== undefined && sign !== "+") {
    if (negative) return null; // "(-500)" says the same thing twice, or means something else: not guessed
    negative = true;
  }
  let unit: U | undefined;
  if (suffix !== "") {
    if (!Object.prototype.hasOwnProperty.call(units, suffix)) return null;
    unit = units[suffix];
  }
  return { negative, digits: digits.indexOf(",") >= 0 ? digits.split(",").join("") : digits, unit };
}
