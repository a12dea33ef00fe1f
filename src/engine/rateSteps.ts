/**
 * A rate row's calculation as the row holds it: results are data, and a rate row's one step (rate × base =
 * result) is its rate, its base and its amount. The base is the row's own cell and the amount is the row's
 * `computed`; what is left (the rate, what the base is called, whether the rate is a ceiling) is the same
 * for every row of an item at one rate. One RateSteps per item and rate is shared by those rows, and a row
 * makes its step only when a reader asks for its explanation (RowDraft.explain): the same step, field for
 * field, the calculation would have built, so every text and report made from it is the same.
 */
import { NO_STEPS, type Cents, type CountWord, type Explain, type ExplainStep } from "./explain";

export class RateSteps {
  /** `after`: steps that follow the rate step, shared as it is (a running cap's cut shared by rows cut alike). */
  constructor(
    readonly rate: string,
    readonly baseName: CountWord,
    readonly ceiling: boolean,
    readonly after: Explain = NO_STEPS,
  ) {}

  /** The row's steps: its base in 分 and its amount, as computeAmount's rate step has them, then `after`. */
  of(base: Cents, result: Cents): Explain {
    const step: ExplainStep = { kind: "rate", rate: this.rate, base, result, baseName: this.baseName, ceiling: this.ceiling };
    return this.after.length === 0 ? [step] : [step, ...this.after];
  }

  /** These steps with `step` after them: what a row cut by a running cap holds (./check). */
  then(step: ExplainStep): RateSteps {
    return new RateSteps(this.rate, this.baseName, this.ceiling, [...this.after, step]);
  }
}
