/**
 * A sum of 审核明细's amounts, exact, without a Money made for every row: the 分 of the check's own rows are
 * added as numbers while the total stays a whole number below 2^53 (past that, what is summed so far is
 * carried into a Money and the count starts again); a row given with Money amounts adds its Money.
 */
import { moneyOfCents, type Money } from "../engine/money";
import { detailCents, type DetailMoneyKey, type DetailRow } from "./detail";

export class MoneySum {
  private cents = 0;
  private carried: Money | null = null;

  add(row: DetailRow, key: DetailMoneyKey): void {
    const cents = detailCents(row, key);
    if (cents === undefined) {
      const money = row[key];
      this.carried = this.carried ? this.carried.plus(money) : money;
      return;
    }
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
