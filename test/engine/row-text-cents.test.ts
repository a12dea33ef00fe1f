/**
 * A row's head (its verdict and the amounts it decides) reads the same whether the row keeps its amounts in
 * whole 分, as the engine's rows do, or only as Money, as a host's own row may.
 */
import { checkBatch, rowText, type HistoryEntry } from "../../src/engine";
import { refusedExplain, type RowForText } from "../../src/engine/catalog";
import { Decimal } from "../../src/engine/money";
import { claim, DEFAULT_CREDIT_CODE } from "../support/claims";

/** The same row with its amounts as Money only: no 分 to read. */
const moneyOnly = (r: RowForText): RowForText => ({
  issues: r.issues, explain: r.explain, verdict: r.verdict, approvable: r.approvable, pending: r.pending, excess: r.excess,
});

/** The same row whose Money cannot be read: only its 分 can give its figures. */
const centsOnly = (r: RowForText): RowForText => {
  const refuse = (): never => {
    throw new Error("the row's Money was read");
  };
  return {
    issues: r.issues, explain: r.explain, verdict: r.verdict,
    get approvable() { return refuse(); }, get pending() { return refuse(); }, get excess() { return refuse(); },
    approvableCents: r.approvableCents, pendingCents: r.pendingCents, excessCents: r.excessCents,
  };
};

const history: HistoryEntry[] = [2025, 2026].map((year) => ({
  unit: null, creditCode: DEFAULT_CREDIT_CODE, year, item: "PLEDGE_LOAN", approved: new Decimal(10000),
}));
const [rows] = checkBatch([[
  claim({ item: "DATA_IP", quantity: 2, claimed: "2000" }),
  claim({ item: "DATA_IP", quantity: 2, claimed: "2500.55" }),
  claim({ item: "PLEDGE_LOAN", year: 2027, base: "100000", months: 12, claimed: "30000" }),
  claim({ item: "DATA_IP", quantity: 15 }),
  claim({ item: "DATA_IP", quantity: 10 }),
  claim({ item: "PLEDGE_LOAN", base: "1234567.89", months: 12, claimed: "1000000" }),
]], { history });

describe("a row's head from its 分", () => {
  test("the engine's rows keep their amounts in 分", () => {
    for (const r of rows) expect(typeof (r as RowForText).approvableCents).toBe("number");
  });

  test("covers every verdict but 待核实 here, and reads each as the Money would", () => {
    expect(new Set(rows.map((r) => r.verdict))).toEqual(new Set(["approved", "reduced", "rejected"]));
    for (const r of rows) {
      for (const lang of ["zh", "en"] as const) {
        expect(rowText(centsOnly(r), lang)).toBe(rowText(moneyOnly(r), lang));
        expect(refusedExplain(centsOnly(r), lang)).toBe(refusedExplain(moneyOnly(r), lang));
      }
    }
  });

  test("a 待核实 row with a cut names the pending, approved and reduced amounts from its 分", () => {
    const r: RowForText = {
      issues: [], explain: [], verdict: "review",
      approvable: new Decimal("1000.5"), pending: new Decimal("20000"), excess: new Decimal("0.01"),
      approvableCents: 100050, pendingCents: 2000000, excessCents: 1,
    };
    expect(rowText(centsOnly(r), "zh")).toBe("待核实 20,000.00 元，核定 1,000.50 元，核减 0.01 元");
    expect(rowText(moneyOnly(r), "zh")).toBe("待核实 20,000.00 元，核定 1,000.50 元，核减 0.01 元");
    expect(rowText(centsOnly({ ...r, excessCents: 0 }), "en")).toBe("Needs review: 20,000.00 yuan pending, 1,000.50 yuan approved");
  });
});
