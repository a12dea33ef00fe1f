import { formatMoney, type Money } from "../engine/money";

/**
 * A money amount as a spreadsheet number. It goes through its two-decimal string, so the number is the
 * nearest double to the 分-exact amount, which is what Excel itself would store for that typed figure.
 */
export function moneyNumber(value: Money): number {
  return Number(formatMoney(value));
}
