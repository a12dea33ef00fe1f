/**
 * The one reading of a rate typed in a rate place (MEASURES.md decision 28): the 补助比例 column, a custom
 * function's 补助比例 argument, `--rate` and the pane's rate setting. 30% and 0.3 are 30%; a bare number
 * above 1 and at most 100 is a percentage too (30 → 30%), since no clause pays more than the whole base,
 * and the explanation says it was read so. 0, a negative rate and one above 100% are errors.
 */
import { Decimal, type Money } from "./money";

export type RateValue =
  | {
      readonly ok: true;
      /** The fraction: 0.3 for 30%. */
      readonly rate: Money;
      /** Typed as a bare number above 1 (30) and read as a percentage: the explanation says so. */
      readonly percentTyped: boolean;
    }
  | { readonly ok: false; readonly problem: "negative" | "zero" | "too-large" };

/** A rate read: the fraction, and whether it was typed as a bare percentage. */
export interface TypedRate {
  readonly rate: Money;
  readonly percentTyped: boolean;
}

const HUNDRED = new Decimal(100);

/** `value` as typed, with or without a percent sign after it. */
export function rateOf(value: Money, percentSign: boolean): RateValue {
  if (value.isNegative() && !value.isZero()) return { ok: false, problem: "negative" };
  if (value.isZero()) return { ok: false, problem: "zero" };
  if (value.gt(HUNDRED)) return { ok: false, problem: "too-large" };
  if (percentSign) return { ok: true, rate: value.dividedBy(HUNDRED), percentTyped: false };
  if (value.gt(1)) return { ok: true, rate: value.dividedBy(HUNDRED), percentTyped: true };
  return { ok: true, rate: value, percentTyped: false };
}

/** A rate typed as text ("25%", "25", "0.25", full-width ％ too); null where it is no number. */
export function rateOfText(text: string): RateValue | null {
  const t = text.trim();
  const percentSign = t.endsWith("%") || t.endsWith("％");
  const body = percentSign ? t.slice(0, -1).trim() : t;
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  return rateOf(new Decimal(body), percentSign);
}
