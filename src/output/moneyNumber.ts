import { formatMoney, type Money } from "../engine/money";

/**
 * A money amount as a spreadsheet number. It goes through its two-decimal string, so the number is the
 * nearest double to the 分-exact amount, which is what Excel itself would store for that typed figure.
 */
export function moneyNumber(value: Money): number {
  return Number(formatMoney(value));
}

/**
 * moneyNumber of an amount in whole 分: the quotient of a division is the double nearest the exact one, as
 * reading the two-decimal text gives it.
 */
export function centsNumber(cents: number): number {
  return cents / 100;
}
