/// <reference types="nzh" />
/**
 * An amount in 人民币大写, as Chinese financial documents write it: 壹拾万元整, 壹仟贰佰叁拾肆元伍角陆分,
 * 壹拾万元零伍分. 整 follows an amount that ends at 元 (and is not required after 角).
 */
import nzhcn from "nzh/cn";
import { Decimal, type Money } from "../engine/money";

export function toChineseMoney(amount: Money): string {
  const cents = amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (cents.isNegative()) return `负${toChineseMoney(cents.negated())}`;
  // A whole amount goes in without decimals: the converter drops 整 after "100000.00".
  const text = cents.isInteger() ? cents.toFixed(0) : cents.toFixed(2);
  const words = nzhcn.toMoney(text, { outSymbol: false });
  return words.endsWith("元") ? `${words}整` : words;
}
