/**
 * A rate row's calculation as the row holds it: results are data, and a rate row's one step (rate × base =
 * result) is its rate, its base and its amount. The base is the row's own cell and the amount is the row's
 * `computed`; what is left (the rate, what the base is called, whether the rate is a ceiling) is the same
 * for every row of an item at one rate. One RateSteps per item and rate is shared by those rows, and a row
 * makes its step only when a reader asks for its explanation (RowDraft.explain): the same step, field for
 * field, the calculation would have built, so every text and report made from it is the same.
 */
import { NO_STEPS, type Cents, type CountWord, type Explain, type ExplainStep } from "./explain";
import { countedInterestOf, halfUp, loanStep } from "./amount";
import { baseCentsOf, feesCentsOf } from "./rowCents";
import type { ClaimRow } from "./types";

/** The cells a rate row's step is made of. */
export type RateCells = Pick<ClaimRow, "base" | "baseCents" | "months" | "fees" | "feesCents">;

/**
 * A loan part's step where no earlier part of its loan counted months (decision 5): its interest, months and
 * fees are its own cells, the months counted are its months up to the clause's, and the interest that counts
 * is its share of those, to the 分, as computeAmount gives them.
 */
export function firstPartStep(rate: string, maxMonths: number, interest: Cents, months: number, fees: Cents, result: Cents): ExplainStep {
  const countedMonths = Math.max(0, Math.min(months, maxMonths));
  return loanStep(rate, interest, months, countedMonths, maxMonths, 0, countedInterestOf(interest, months, countedMonths), fees === 0 ? null : fees, result);
}

/**
 * Whether a loan step is, field for field, the one firstPartStep makes of these cells: every loan step is made
 * by loanStep, so equal values make the same step.
 */
export function isFirstPartStep(step: ExplainStep, maxMonths: number, interest: Cents, months: number, fees: Cents): boolean {
  if (step.kind !== "loan") return false;
  const countedMonths = Math.max(0, Math.min(months, maxMonths));
  return (
    step.monthsBefore === 0 && step.maxMonths === maxMonths && step.interest === interest && step.months === months &&
    step.countedMonths === countedMonths && step.countedInterest === countedInterestOf(interest, months, countedMonths) &&
    step.fees === (fees === 0 ? null : fees)
  );
}

export class RateSteps {
  /**
   * `after`: steps that follow the rate step, shared as it is (a running cap's cut shared by rows cut alike).
   * `maxMonths`: for the parts of a pledge loan, the clause's months of interest, and the step is the part's
   * (firstPartStep); 0 for a rate × base step. `cut`: for rows cut to their group's cap for a single row (the
   * cut is the first step of `after`), the rate as num / den: the rate step's result is then rate × base, made
   * again from the row's base, where the row's amount is the cap.
   */
  constructor(
    readonly rate: string,
    readonly baseName: CountWord,
    readonly ceiling: boolean,
    readonly after: Explain = NO_STEPS,
    readonly maxMonths = 0,
    readonly cut: { readonly num: number; readonly den: number } | null = null,
  ) {}

  /** The row's steps from its cells and its amount: a rate step (`of`), or a first loan part's. */
  ofRow(row: RateCells, result: Cents): Explain {
    if (this.maxMonths === 0) {
      const base = baseCentsOf(row)!;
      return this.of(base, this.cut === null ? result : halfUp(base * this.cut.num, this.cut.den));
    }
    const step = firstPartStep(this.rate, this.maxMonths, baseCentsOf(row)!, row.months!, feesCentsOf(row) ?? 0, result);
    return this.after.length === 0 ? [step] : [step, ...this.after];
  }

  /** The row's steps: its base in 分 and its amount, as computeAmount's rate step has them, then `after`. */
  of(base: Cents, result: Cents): Explain {
    const step: ExplainStep = { kind: "rate", rate: this.rate, base, result, baseName: this.baseName, ceiling: this.ceiling };
    return this.after.length === 0 ? [step] : [step, ...this.after];
  }

  /** These steps with `step` after them: what a row cut by a running cap holds (./check). */
  then(step: ExplainStep): RateSteps {
    return new RateSteps(this.rate, this.baseName, this.ceiling, [...this.after, step], this.maxMonths, this.cut);
  }
}
