/**
 * A rate row's calculation is data the row already holds (issue 22): its rate step (rate × base = result)
 * is made when a reader asks for it from the row's base and amount and the rate its item and rate share. A
 * reader must see exactly the step the calculation of that row alone gives, field for field and in the same
 * order, however many rows share it, and a row whose calculation has more than that one step keeps them all.
 */
import fc from "fast-check";
import { checkBatch, computeAmount, Decimal, renderExplain, type CheckSettings, type ClaimRow, type Explain, type RowResult } from "../../src/engine";
import { ITEMS_BY_CODE, type ItemCode } from "../../src/policy";
import { claim, type ClaimSpec } from "../support/claims";
import { RateSteps } from "../../src/engine/rateSteps";
import type { RowDraft } from "../../src/engine/evaluate";

/** The steps computeAmount gives a row on its own, with no earlier row counted. */
function alone(row: ClaimRow, settings?: CheckSettings): Explain {
  return aloneOutcome(row, settings).explain;
}

function aloneOutcome(row: ClaimRow, settings?: CheckSettings): { eligible: number; explain: Explain } {
  const item = ITEMS_BY_CODE.get(row.item as ItemCode)!;
  const outcome = computeAmount({ item, level: null, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate }, settings);
  if (!outcome.ok) throw new Error("the row computes");
  return outcome;
}

const SPECS: ClaimSpec[] = [
  { item: "IP_INSURANCE", base: "80000.50", claimed: "1" },
  { item: "IP_INSURANCE", base: "0.01", claimed: "1" },
  { item: "IP_INSURANCE", base: "0.03", rate: "0.25", claimed: "1" },
  { item: "IP_INSURANCE", base: "123456.79", rate: "0.3", claimed: "1" },
  { item: "ENFORCEMENT_DOMESTIC", base: "99999.99", outcome: "胜诉", claimed: "1" },
  // A rate of more than 12 places is computed in BigInt (rateExactly).
  { item: "IP_INSURANCE", base: "1000.01", rate: "0.1234567890123", claimed: "1" },
];

describe("a rate row's step, made when asked", () => {
  const specs = SPECS.map((s, i) => ({ ...s, unit: `连云港单位${i}科技有限公司`, creditCode: null, row: i + 2 }));
  const rows = specs.map((s) => claim(s));
  const results: RowResult[] = checkBatch([rows])[0];

  it("is the step the row's calculation alone gives, field for field and in order", () => {
    results.forEach((r, i) => {
      expect(r.explain).toEqual(alone(rows[i]));
      expect(JSON.stringify(r.explain)).toBe(JSON.stringify(alone(rows[i])));
      expect(renderExplain(r.explain, "zh")).toBe(renderExplain(alone(rows[i]), "zh"));
      expect(renderExplain(r.explain, "en")).toBe(renderExplain(alone(rows[i]), "en"));
    });
  });

  it("is the same each time it is asked, and its result is the row's eligible amount", () => {
    for (const r of results) {
      expect(r.explain).toEqual(r.explain);
      const step = r.explain[0];
      expect(step.kind).toBe("rate");
      if (step.kind === "rate") expect(step.result).toBe(Number(r.eligible.times(100).toFixed(0)));
    }
  });

  it("is held by no row of its own: the row keeps its base and amount, not a step", () => {
    for (const r of results) {
      const own = Object.values(r).filter((v) => Array.isArray(v) && v.some((s: { kind?: string }) => s?.kind === "rate"));
      expect(own).toEqual([]);
    }
  });

  it("leaves a row its own steps where its calculation has more than the rate step and the cut: a formula", () => {
    const formula: ClaimRow = { ...claim({ item: "IP_INSURANCE", base: "5000", claimed: "1", row: 41 }), fromFormula: new Set(["base"] as const) };
    const [f] = checkBatch([[formula]])[0];
    expect(f.explain).toEqual([...alone(formula), { kind: "formula", fields: ["base"] }]);
  });

  it("shares the steps of rows cut to the single row's cap: each says its own base and rate × base, then the cut", () => {
    // 保费 at 50% above the 50,000 元 a single row may have, on rows of different units.
    const bases = ["100000000", "100000.03", "100000.01", "250000"];
    const rows = bases.map((base, i) => claim({ item: "IP_INSURANCE", base, claimed: "1", unit: `连云港封顶${i}科技有限公司`, creditCode: null, row: 50 + i }));
    const results = checkBatch([rows])[0] as RowDraft[];
    results.forEach((r, i) => {
      expect(r.explain.map((s) => s.kind)).toEqual(["rate", "capSingle"]);
      expect(JSON.stringify(r.explain)).toBe(JSON.stringify(alone(rows[i])));
      expect(r.eligibleCents).toBe(5_000_000);
      expect(r.heldSteps).toBe(results[0].heldSteps);
    });
    expect(results[1].explain[0]).toMatchObject({ base: 10000003, result: 5000002 });
    expect(results[0].heldSteps).toBeInstanceOf(RateSteps);
  });

  it("of a row cut to the single row's cap and then by its unit's running cap: rate × base, the cut, the running cap", () => {
    // One unit: the first row uses the 50,000 元 of the year, the second is cut to 0 by the running cap.
    const rows = ["100000.01", "300000"].map((base, i) => claim({ item: "IP_INSURANCE", base, claimed: null, row: 60 + i }));
    const [a, b] = checkBatch([rows])[0];
    expect(JSON.stringify(a.explain)).toBe(JSON.stringify(alone(rows[0])));
    expect(b.explain.map((s) => s.kind)).toEqual(["rate", "capSingle", "capRunning"]);
    expect(b.explain.slice(0, 2)).toEqual(alone(rows[1]));
    expect(b.explain[0]).toMatchObject({ base: 30000000, result: 15000000 });
  });
});

describe("a rate row's amount and step, under any year's setting", () => {
  const settingsOf = (rate: string | null, percent: boolean): CheckSettings | undefined =>
    rate === null ? undefined : { rates: { IP_INSURANCE: new Decimal(rate), ENFORCEMENT_OVERSEAS: new Decimal(rate) }, percentTyped: percent ? { IP_INSURANCE: true } : {} };

  it("are what the row's calculation alone gives: half-up to the 分, the single row's cap, the percentage read", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("IP_INSURANCE", "ENFORCEMENT_OVERSEAS", "ENFORCEMENT_DOMESTIC"),
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.constantFrom(null, "0.5", "0.25", "0.333", "0.1234567890123"),
        fc.boolean(),
        fc.option(fc.constantFrom("0.2", "0.45"), { nil: null }),
        (code, cents, setting, percent, own) => {
          const base = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
          const settings = settingsOf(setting, percent);
          const row = claim({ item: code, base, rate: own, outcome: "胜诉", claimed: "1", unit: "连云港甲科技有限公司", creditCode: null });
          const [r] = checkBatch([[row]], { settings })[0];
          const expected = aloneOutcome(row, settings);
          expect(JSON.stringify(r.explain)).toBe(JSON.stringify(expected.explain));
          expect(r.eligible.times(100).toNumber()).toBe(expected.eligible);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a rate row cut by its unit's running cap", () => {
  // 保费 at 50%: 20,000 元 a row against the unit's 50,000 a year; the third row is cut, the later ones cut alike.
  const bases = ["40000", "40000", "40000", "30000", "50000.50", "30000"];
  const rows = bases.map((base, i) => claim({ item: "IP_INSURANCE", base, claimed: null, row: i + 2 }));
  const results = checkBatch([rows])[0];

  it("says its own rate step, then the cut, as the row's calculation alone and the cap give them", () => {
    results.forEach((r, i) => {
      expect(r.explain[0]).toEqual(alone(rows[i])[0]);
      expect(r.explain.map((s) => s.kind)).toEqual(i < 2 ? ["rate"] : ["rate", "capRunning"]);
    });
    expect(results[3].explain[1]).toEqual(results[5].explain[1]);
    expect(results[4].explain[1]).toMatchObject({ kind: "capRunning", cap: 5000000, used: 5000000, approvable: 0 });
    expect(results[2].explain[1]).toMatchObject({ kind: "capRunning", cap: 5000000, used: 4000000, approvable: 1000000 });
  });

  it("holds no step of its own", () => {
    for (const r of results) {
      const own = Object.values(r).filter((v) => Array.isArray(v) && v.some((s: { kind?: string }) => s?.kind === "rate"));
      expect(own).toEqual([]);
    }
  });
});
