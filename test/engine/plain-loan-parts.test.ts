/**
 * Issue 22: a loan part that no earlier part of its loan counted months for is computed in whole 分 without
 * the calculation's input, outcome and step (AmountMemo.plainRateCents). Its amount, its steps and its
 * messages must be what its calculation alone gives, whatever its interest, months and fees, including the
 * parts that calculation refuses (no months, months of 0 or below), cuts to the single
 * row's cap, or works out in BigInt.
 */
import fc from "fast-check";
import { checkBatch, computeAmount, type ClaimRow } from "../../src/engine";
import { ITEMS_BY_CODE } from "../../src/policy";
import { RateSteps } from "../../src/engine/rateSteps";
import type { RowDraft } from "../../src/engine/evaluate";
import { claim } from "../support/claims";

const LOAN = ITEMS_BY_CODE.get("PLEDGE_LOAN")!;

const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;

/** What the part's calculation alone gives: its amount in 分 and its steps, or its issues. */
function alone(row: ClaimRow): { eligible: number; explain: string } | { issues: string[] } {
  const outcome = computeAmount({ item: LOAN, level: null, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate });
  return outcome.ok ? { eligible: outcome.eligible, explain: JSON.stringify(outcome.explain) } : { issues: outcome.issues.map((i) => i.code) };
}

function checked(row: ClaimRow): { eligible: number; explain: string } | { issues: string[] } {
  const [r] = checkBatch([[row]])[0] as RowDraft[];
  const issues = r.issues.map((i) => i.code).filter((c) => c !== "NO_CLAIM" && c !== "OVER_ELIGIBLE" && c !== "CAP_EXCEEDED");
  return issues.length > 0 ? { issues } : { eligible: r.eligibleCents, explain: JSON.stringify(r.explain) };
}

describe("a loan part no earlier part counted months for", () => {
  it("has the amount, steps and messages its calculation alone gives", () => {
    fc.assert(
      fc.property(
        // Up to 10^17 分 of interest: beyond 2^53 in all, a product is worked out in BigInt.
        fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 17n })),
        fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom<number | null>(null, 0, -3, 12, 13)),
        fc.option(fc.bigInt({ min: 0n, max: 10n ** 8n }), { nil: null }),
        (interest, months, fees) => {
          const row = claim({ item: "PLEDGE_LOAN", base: money(interest), months, fees: fees === null ? null : money(fees), claimed: "1", refNo: "HT-1" });
          expect(checked(row)).toEqual(alone(row));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("of 13 months counts 12 of its interest: rate × (interest × 12 / 13 + fees), half-up", () => {
    const row = claim({ item: "PLEDGE_LOAN", base: "1300.13", months: 13, fees: "100.01", claimed: "1", refNo: "HT-2" });
    const [r] = checkBatch([[row]])[0] as RowDraft[];
    // 0.3 × (130013 × 12 / 13 + 10001) 分 = 0.3 × 130013.0 = 39003.9 → 39004 分.
    expect(r.eligibleCents).toBe(39004);
    expect(r.heldSteps).toBeInstanceOf(RateSteps);
    expect(r.explain[0]).toMatchObject({ kind: "loan", months: 13, countedMonths: 12, countedInterest: 120012, fees: 10001, result: 39004 });
  });

  it("cut to the single row's cap keeps the steps its calculation gave", () => {
    // 0.3 × 1,000,000 元 is above the group's 200,000 a row.
    const row = claim({ item: "PLEDGE_LOAN", base: "1000000", months: 6, claimed: "1", refNo: "HT-3" });
    const [r] = checkBatch([[row]])[0] as RowDraft[];
    expect(r.eligibleCents).toBe(20_000_000);
    expect(r.heldSteps).not.toBeInstanceOf(RateSteps);
    expect(r.explain.map((s) => s.kind)).toEqual(["loan", "capSingle"]);
  });
});
