/**
 * A sum of 审核明细's amounts, exact, without a Money made for every row: the rows' 分 are added as numbers
 * while the total stays a whole number below 2^53 (past that, what is summed so far is carried into a Money
 * and the count starts again).
 */
import { moneyOfCents, type Money } from "../engine/money";
import type { DetailMoneyKey, DetailRow } from "./detail";

export class MoneySum {
  private cents = 0;
  private carried: Money | null = null;

  add(row: DetailRow, key: DetailMoneyKey): void {
    const cents = row[key];
    const next = this.cents + cents;
    if (Number.isSafeInteger(next)) {
      this.cents = next;
      return;
    }
    const sofar = moneyOfCents(this.cents);
    this.carried = this.carried ? this.carried.plus(sofar) : sofar;
    this.cents = cents;
  }

  get value(): Money {
    const cents = moneyOfCents(this.cents);
    return this.carried ? this.carried.plus(cents) : cents;
  }
}
