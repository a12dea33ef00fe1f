/**
 * Decision 3: a rate × base is computed exactly and rounded once, half-up to the 分. The engine computes a
 * rate row in whole 分 where its figures allow (a rate of at most 12 places, products below 2^53) and in
 * decimal.js beyond; whichever path a row takes, its amount must be the exact one. The expected amounts here
 * are exact fractions in BigInt, rounded half-up, made from the decision's words and from neither path.
 */
import fc from "fast-check";
import { capCents, computeAmount, Decimal, type AmountOutcome, type CheckSettings, type ExplainStep } from "../../src/engine";
import { ITEMS_BY_CODE, type ItemCode } from "../../src/policy";
import { sampled } from "../support/sampled";

/** n / d half-up, n ≥ 0 and d > 0: decision 3's one rounding. */
function halfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d) * 2n >= d ? q + 1n : q;
}

/** "12345.67" of a whole number of 分. */
function yuan(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
}

/** A rate as numerator / 10^places, and its text: 0 < rate ≤ 1. */
interface Rate {
  readonly num: bigint;
  readonly places: number;
  readonly text: string;
}

function rateText(num: bigint, places: number): string {
  if (places === 0) return num.toString();
  const digits = num.toString().padStart(places + 1, "0");
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Rates of 0 to 16 places: up to 12 the whole-number path takes them, beyond it decimal.js. */
const anyRate: fc.Arbitrary<Rate> = fc
  .integer({ min: 0, max: 16 })
  .chain((places) => fc.bigInt({ min: 1n, max: 10n ** BigInt(places) }).map((num) => ({ num, places, text: rateText(num, places) })));

/** Amounts in 分 below 10^15 (the readers refuse 10^13 元 and more), small ones and large ones. */
const anyCents = fc.oneof(
  fc.bigInt({ min: 0n, max: 1000n }),
  fc.bigInt({ min: 0n, max: 100_000_000n }),
  fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
);

function stepOf(outcome: AmountOutcome): Extract<ExplainStep, { kind: "rate" | "loan" }> {
  if (!outcome.ok) throw new Error(`not computed: ${JSON.stringify(outcome.issues)}`);
  const step = outcome.explain.find((s) => s.kind === "rate" || s.kind === "loan");
  if (!step || (step.kind !== "rate" && step.kind !== "loan")) throw new Error("no rate step");
  return step;
}

/** The row's amount once the single row's cap applies (decision 7). */
function capped(code: ItemCode, result: bigint): number {
  const group = ITEMS_BY_CODE.get(code)!.capGroup;
  const amount = Number(result);
  return group === undefined ? amount : Math.min(amount, capCents(group));
}

function settingsOf(code: ItemCode, rate: Rate): CheckSettings {
  return { rates: { [code]: new Decimal(rate.text) } };
}

describe("rate rows in whole 分 against the exact amount (decision 3)", () => {
  it("rate × base, rounded once half-up, whether the row goes through safe integers or BigInt", () => {
    const item = ITEMS_BY_CODE.get("IP_INSURANCE")!;
    fc.assert(fc.property(anyRate, anyCents, (rate, base) => {
      const outcome = computeAmount(
        { item, level: null, quantity: null, base: new Decimal(yuan(base)), months: null, fees: null, rate: null },
        settingsOf("IP_INSURANCE", rate),
      );
      const expected = halfUp(rate.num * base, 10n ** BigInt(rate.places));
      const step = stepOf(outcome);
      expect(step.kind).toBe("rate");
      expect(step.result).toBe(Number(expected));
      expect(new Decimal(step.rate).eq(new Decimal(rate.text))).toBe(true);
      // A rate × base ends within 40 digits, so decimal.js, rounding half-up to the 分, gives it too.
      expect(step.result).toBe(Number(new Decimal(rate.text).times(yuan(base)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100).toFixed(0)));
      expect(outcome.ok && outcome.eligible).toBe(capped("IP_INSURANCE", expected));
    }), sampled(3000));
  });

  it("a row's own lower rate is applied the same way (decision 2)", () => {
    const item = ITEMS_BY_CODE.get("ENFORCEMENT_DOMESTIC")!;
    // The clause's 30% is the rate in force; a row's rate at or below it is the row's.
    const atMost30 = anyRate.filter((r) => r.num * 10n <= 3n * 10n ** BigInt(r.places));
    fc.assert(fc.property(atMost30, anyCents, (rate, base) => {
      const outcome = computeAmount({
        item, level: null, quantity: null, base: new Decimal(yuan(base)), months: null, fees: null, rate: new Decimal(rate.text),
      });
      const expected = halfUp(rate.num * base, 10n ** BigInt(rate.places));
      expect(stepOf(outcome).result).toBe(Number(expected));
      expect(outcome.ok && outcome.eligible).toBe(capped("ENFORCEMENT_DOMESTIC", expected));
    }), sampled(2000));
  });

  it("the loan: rate × (interest × counted months ÷ months + fees), rounded once half-up (decisions 3, 5)", () => {
    const item = ITEMS_BY_CODE.get("PLEDGE_LOAN")!;
    const loan = fc.record({
      rate: anyRate,
      interest: anyCents,
      fees: fc.oneof(fc.constant(0n), anyCents),
      months: fc.integer({ min: 1, max: 60 }),
      before: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(fc.property(loan, ({ rate, interest, fees, months, before }) => {
      const outcome = computeAmount(
        {
          item, level: null, quantity: null, base: new Decimal(yuan(interest)), months, fees: fees === 0n ? null : new Decimal(yuan(fees)),
          rate: null, monthsBefore: before,
        },
        settingsOf("PLEDGE_LOAN", rate),
      );
      const counted = BigInt(Math.max(0, Math.min(months, item.loanMonths! - before)));
      const m = BigInt(months);
      const expected = halfUp(rate.num * (interest * counted + fees * m), 10n ** BigInt(rate.places) * m);
      const step = stepOf(outcome);
      expect(step.kind === "loan" && step.countedMonths).toBe(Number(counted));
      // The interest that counts is shown to the 分, rounded on its own; the amount is not computed from it.
      expect(step.kind === "loan" && step.countedInterest).toBe(Number(halfUp(interest * counted, m)));
      expect(step.result).toBe(Number(expected));
      expect(outcome.ok && outcome.eligible).toBe(capped("PLEDGE_LOAN", expected));
    }), sampled(4000));
  });

  it("a loan part exactly half way between two 分 rounds up, though its share of interest does not end", () => {
    const item = ITEMS_BY_CODE.get("PLEDGE_LOAN")!;
    // 0.3 × (0.14 × 12 / 18 + 0.09) = 0.3 × (0.09333… + 0.09) = 0.055 元: half way, so 0.06 元. A decimal
    // computation to 40 digits rounds the share 0.09333… down first, lands below 0.055 and gives 0.05.
    const cases: [string, string, number, string, number][] = [
      ["0.14", "0.09", 18, "0.3", 6],
      ["0.37", "0.04", 14, "0.21", 8],
      ["3.27", "0.02", 13, "0.13", 40],
    ];
    for (const [interest, fees, months, rate, cents] of cases) {
      const outcome = computeAmount(
        { item, level: null, quantity: null, base: new Decimal(interest), months, fees: new Decimal(fees), rate: null },
        { rates: { PLEDGE_LOAN: new Decimal(rate) } },
      );
      expect(stepOf(outcome).result).toBe(cents);
    }
  });
});
