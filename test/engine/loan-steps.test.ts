/**
 * Decision 5 and issue 22: a pledge loan's part that no earlier part of its loan counted months for holds no
 * step of its own; its step (interest, months, months counted, the interest that counts, fees, result) is made
 * from its cells and its amount when a reader asks. It must be the step the part's calculation alone gives,
 * field for field and in the same order, whatever its months and fees; a later part of the same loan, whose
 * months depend on the parts before it, keeps the step its calculation gave.
 */
import fc from "fast-check";
import { checkBatch, computeAmount, renderExplain, type ClaimRow, type Explain } from "../../src/engine";
import { ITEMS_BY_CODE } from "../../src/policy";
import { RateSteps } from "../../src/engine/rateSteps";
import { RowDraft } from "../../src/engine/evaluate";
import { claim } from "../support/claims";

const LOAN = ITEMS_BY_CODE.get("PLEDGE_LOAN")!;

/** The steps computeAmount gives a part on its own, no earlier part counted. */
function alone(row: ClaimRow): Explain {
  const outcome = computeAmount({ item: LOAN, level: null, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate });
  if (!outcome.ok) throw new Error("the part computes");
  return outcome.explain;
}

const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;

describe("a loan part's step, made when asked", () => {
  it("is the step its calculation alone gives, for any interest, months and fees", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.bigInt({ min: 0n, max: 10n ** 8n }), { nil: null }),
        (interest, months, fees) => {
          const row = claim({ item: "PLEDGE_LOAN", base: money(interest), months, fees: fees === null ? null : money(fees), claimed: "1", refNo: "HT-1" });
          const [r] = checkBatch([[row]])[0];
          const expected = alone(row);
          expect(JSON.stringify(r.explain)).toBe(JSON.stringify(expected));
          expect(renderExplain(r.explain, "zh")).toBe(renderExplain(expected, "zh"));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is shared by the parts of one rate, and a later part of the same loan keeps its own", () => {
    const rows = [
      claim({ item: "PLEDGE_LOAN", base: "30000.50", months: 18, fees: "1200", claimed: "1", refNo: "HT-7", row: 2 }),
      claim({ item: "PLEDGE_LOAN", base: "8000", months: 6, claimed: "1", refNo: "HT-8", row: 3 }),
      // The second part of HT-7: 12 months were counted by its first part.
      claim({ item: "PLEDGE_LOAN", base: "5000", months: 6, claimed: "1", refNo: "HT-7", row: 4 }),
    ];
    const [a, b, c] = checkBatch([rows])[0] as RowDraft[];
    expect(a.heldSteps).toBeInstanceOf(RateSteps);
    expect(b.heldSteps).toBe(a.heldSteps);
    expect(a.explain).toEqual(alone(rows[0]));
    expect(a.explain[0]).toMatchObject({ kind: "loan", months: 18, countedMonths: 12, monthsBefore: 0, fees: 120000 });
    expect(b.explain).toEqual(alone(rows[1]));
    expect(c.heldSteps).not.toBeInstanceOf(RateSteps);
    expect(c.explain[0]).toMatchObject({ kind: "loan", monthsBefore: 12, countedMonths: 0 });
  });

  it("takes the running cap's cut after it and keeps sharing: parts cut alike say the same", () => {
    // 200,000 元 a year for one unit, 30% of 250,000 元 of interest a part: the third part is cut to 50,000, the
    // fourth and fifth to 0, alike.
    const rows = [1, 2, 3, 4, 5].map((i) => claim({ item: "PLEDGE_LOAN", base: "250000", months: 12, claimed: null, refNo: `HT-${i}`, row: i + 1 }));
    const results = checkBatch([rows])[0] as RowDraft[];
    results.forEach((r, i) => expect(r.explain[0]).toEqual(alone(rows[i])[0]));
    expect(results.map((r) => r.explain.map((s) => s.kind).join("+"))).toEqual(["loan", "loan", "loan+capRunning", "loan+capRunning", "loan+capRunning"]);
    expect(results[2].explain[1]).toMatchObject({ used: 15_000_000, approvable: 5_000_000 });
    expect(results[4].explain).toEqual(results[3].explain);
    expect(results[4].heldSteps).toBe(results[3].heldSteps);
    expect(results[4].heldSteps).toBeInstanceOf(RateSteps);
  });
});
