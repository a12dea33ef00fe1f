/**
 * The figures the task pane and the page show (one builder, src/output/shownTotals.ts), from a batch whose
 * amounts follow from the policy's clauses: rows by verdict, and 申请 = 可核定 + 待核实 + 核减 to the 分.
 */
import { checkBatch, summarise } from "../../src/engine";
import { shownTotals } from "../../src/output";
import { claim } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const GANYU = "91320707MA20B3NQ5Q";

/** Formatted yuan ("1051000.00") as a whole number of 分. */
const fen = (yuan: string) => {
  const m = /^(\d+)\.(\d\d)$/.exec(yuan);
  if (!m) throw new Error(`not formatted money: ${yuan}`);
  return BigInt(m[1]!) * 100n + BigInt(m[2]!);
};

test("a batch of every verdict: counts by verdict, and 申请 = 可核定 + 待核实 + 核减 exactly, in 分", () => {
  const [rows] = checkBatch([[
    // （三）数据知识产权登记 1,000 a certificate: 10 × 1,000 = 10,000, as claimed: 通过.
    claim({ row: 2, item: "DATA_IP", quantity: 10, claimed: "10000" }),
    // 37 mediated cases earn 30,000 (MEASURES.md); 40,000 claimed: 30,000 approvable, 10,000 核减.
    claim({ row: 3, item: "MEDIATION", quantity: 37, claimed: "40000" }),
    // An item the policy does not have: 不予支持, the whole 1,000 核减.
    claim({ row: 4, item: "不知道", claimed: "1000" }),
    // 地理标志 100,000 each, for two units of one name (so a row naming only that name may be either).
    claim({ row: 5, unit: "庚公司", creditCode: HAIZHOU, item: "GI", refNo: "GI-5", claimed: "100000" }),
    claim({ row: 6, unit: "庚公司", creditCode: GANYU, item: "GI", refNo: "GI-6", claimed: "100000" }),
    // （二十）一次性 400,000, claimed blank (requests its eligible amount): the name-only row is approved, and
    // the later row of one of its units waits on it: 400,000 待核实 (decisions 9, 26).
    claim({ row: 7, unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级" }),
    claim({ row: 8, unit: "庚公司", creditCode: HAIZHOU, item: "TRAINING_BASE", level: "国家级", year: 2027, eventDate: "2027-01-01" }),
  ]]);
  const t = shownTotals(summarise(rows!));

  expect(t.rows).toBe(7);
  expect(t.verdicts).toEqual({ approved: 4, reduced: 1, rejected: 1, review: 1 });
  expect(t.counts).toEqual({ ok: 3, warning: 2, error: 2 });
  expect([t.claimed, t.approvable, t.pending, t.excess]).toEqual(["1051000.00", "640000.00", "400000.00", "11000.00"]);
  expect(fen(t.claimed)).toBe(fen(t.approvable) + fen(t.pending) + fen(t.excess));
  expect([t.approvableWords, t.pendingWords, t.excessWords]).toEqual(["陆拾肆万元整", "肆拾万元整", "壹万壹仟元整"]);
});

test("no rows: every figure zero, still 申请 = 可核定 + 待核实 + 核减", () => {
  const t = shownTotals(summarise([]));
  expect(t).toMatchObject({ rows: 0, verdicts: { approved: 0, reduced: 0, rejected: 0, review: 0 }, claimed: "0.00", pendingWords: "零元整" });
  expect(fen(t.claimed)).toBe(fen(t.approvable) + fen(t.pending) + fen(t.excess));
});
