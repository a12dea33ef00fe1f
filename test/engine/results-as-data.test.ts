/**
 * A checked row's result is data (REPORT.md, issue 22): codes, parameters and amounts in whole 分. Its words
 * and formatted figures are made by the catalogs when a host writes them, so a row carries no decimal object
 * and no formatted money, and its Money (RowResult) says what its 分 say.
 */
import fc from "fast-check";
import {
  centsOf, centsOfResult, checkBatch, computeAmount, Decimal, formatMoney, render, renderExplain, summarise, totalsJson,
  type AmountKey, type RowResult,
} from "../../src/engine";
import { ITEMS_BY_CODE } from "../../src/policy";
import { claim, type ClaimSpec } from "../support/claims";
import { result } from "../output/fixtures";

const AMOUNTS: readonly AmountKey[] = ["requested", "eligible", "approvable", "pending", "excess"];
/** Money as the report writes it: "42000.00". */
const FORMATTED = /^-?\d+\.\d{2}$/;

/** Rows meeting a rate, a loan in parts, a fixed award, a cap that cuts, a claim over the eligible amount, a blank claim. */
const SPECS: ClaimSpec[] = [
  { item: "IP_INSURANCE", base: "80000.50", claimed: "40000.25" },
  { item: "PLEDGE_LOAN", base: "180000", months: 18, fees: "20000", refNo: "HT-1", claimed: "42000" },
  { item: "PLEDGE_LOAN", base: "50000", months: 6, refNo: "HT-1", claimed: "100" },
  { item: "GI", refNo: "GI-1", claimed: "100000" },
  { item: "DATA_IP", quantity: 15, claimed: "15000" },
  { item: "DATA_IP", quantity: 10, claimed: "12000" },
  { item: "IP_ENGINEER", level: "高级", quantity: 2, startDate: "2020-01-01" },
];

/** Every value a row's own fields and its steps and messages hold, leaves first. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (value instanceof Decimal || value === null || typeof value !== "object") out.push(value);
  else for (const v of Object.values(value)) leaves(v, out);
  return out;
}

describe("a checked row holds whole 分, and no decimal object or formatted figure", () => {
  const rows = checkBatch([SPECS.map((s, i) => claim({ row: i + 2, ...s }))])[0];

  it("its own fields, its calculation's steps and its messages hold no Decimal and no text like 42000.00", () => {
    for (const r of rows) {
      const { input: _input, item: _item, level: _level, ...own } = r as unknown as Record<string, unknown>;
      const found = leaves(own).filter((v) => v instanceof Decimal || (typeof v === "string" && FORMATTED.test(v)));
      expect({ row: r.ref.row, found }).toEqual({ row: r.ref.row, found: [] });
    }
  });

  it("its Money says what its 分 say, and requested = approvable + pending + excess in 分", () => {
    for (const r of rows) {
      const cents = Object.fromEntries(AMOUNTS.map((k) => [k, centsOfResult(r, k)])) as Record<AmountKey, number>;
      for (const k of AMOUNTS) {
        expect(Number.isSafeInteger(cents[k])).toBe(true);
        expect(centsOf(r[k])).toBe(cents[k]);
      }
      expect(cents.requested).toBe(cents.approvable + cents.pending + cents.excess);
    }
  });

  it("the catalogs write the figures the steps and messages hold, grouped and with their unit", () => {
    const insurance = rows[0];
    // 50% of 80,000.50 is 40,000.25 exactly.
    expect(renderExplain(insurance.explain, "zh")).toContain("80,000.50 元 × 50% = 40,000.25 元");
    const capped = rows[5];
    const cap = capped.issues.find((i) => i.code === "CAP_EXCEEDED")!;
    expect(render(cap, "zh")).toContain("年度上限 20,000.00 元：此前已核定 15,000.00 元");
    expect(render(cap, "en")).toContain("cap of 20,000.00 yuan per unit: 15,000.00 yuan already approved");
  });
});

describe("amounts beyond 2^53 分 are refused, never rounded", () => {
  it("an award of 8,000 元 a person for 2^50 persons is BAD_NUMBER too-large on the quantity", () => {
    const outcome = computeAmount({
      item: ITEMS_BY_CODE.get("IP_ENGINEER")!, level: ITEMS_BY_CODE.get("IP_ENGINEER")!.levels![2], quantity: 2 ** 50,
      base: null, months: null, fees: null, rate: null,
    });
    expect(outcome.ok ? null : outcome.issues.map((i) => [i.code, i.field, "problem" in i ? i.problem : null])).toEqual([["BAD_NUMBER", "quantity", "too-large"]]);
  });
});

describe("the totals add 分 while they can, decimals beyond", () => {
  const money = fc.integer({ min: 0, max: 99_999_999_999 }).map((c) => (c / 100).toFixed(2));

  it("the sum of any rows is the decimal sum of their amounts", () => {
    fc.assert(fc.property(fc.array(fc.tuple(money, money, money), { minLength: 1, maxLength: 30 }), (amounts) => {
      const rows: RowResult[] = amounts.map(([approvable, pending, excess], i) => {
        const requested = new Decimal(approvable).plus(pending).plus(excess).toFixed(2);
        return result({ row: i + 2, item: "GI", claimed: requested, approvable, pending, excess, verdict: "review" });
      });
      const sum = (k: AmountKey) => rows.reduce((t, r) => t.plus(r[k]), new Decimal(0));
      const totals = totalsJson(1, summarise(rows));
      expect([totals.requested, totals.approvable, totals.pending, totals.excess]).toEqual(
        (["requested", "approvable", "pending", "excess"] as const).map((k) => formatMoney(sum(k))),
      );
    }), { numRuns: 200 });
  });

  it("totals past 2^53 分 (90 trillion 元) are exact", () => {
    const big = "9999999999999.99";
    const rows = Array.from({ length: 1000 }, (_, i) => result({ row: i + 2, item: "GI", claimed: big, approvable: big }));
    const totals = totalsJson(1, summarise(rows));
    expect(totals.approvable).toBe("9999999999999990.00");
    expect(totals.requested).toBe("9999999999999990.00");
  });
});
