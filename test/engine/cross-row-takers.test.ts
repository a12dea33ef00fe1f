/**
 * Who the cross-row rules point at (MEASURES.md decisions 5, 9, 4, 23, 26): the earliest history entry of an
 * award, the first of several rows that may count, a row that may be either of two units when both its units'
 * awards are held, and the first part of a loan in another file or of another unit with the same contract.
 */
import { checkBatch, Decimal, type HistoryEntry, type Issue, type RowResult } from "../../src/engine";
import { claim, codes, nameSeenWith, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const GANYU = "91320707MA20B3NQ5Q";

const batch = (specs: ClaimSpec[], history: HistoryEntry[] = []) => checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))], { history })[0];
const issue = <C extends Issue["code"]>(r: RowResult, code: C) => r.issues.find((i) => i.code === code) as Extract<Issue, { code: C }> | undefined;

describe("a one-time award received in history more than once (decision 9)", () => {
  const entry = (year: number): HistoryEntry => ({ unit: null, creditCode: HAIZHOU, year, item: "TRAINING_BASE", approved: new Decimal("400000") });

  it("a row names the earliest year it was received, whatever the order of the entries", () => {
    for (const history of [[entry(2026), entry(2025)], [entry(2025), entry(2026)]]) {
      const [row] = batch([{ item: "TRAINING_BASE", level: "省级", year: 2027, eventDate: "2027-01-01" }], history);
      expect(issue(row, "ONE_TIME_ONLY")).toMatchObject({ first: "history", firstYear: 2025 });
    }
  });
});

describe("a row that may be either unit, both of whose awards an earlier row holds (decisions 9, 26)", () => {
  const rows = batch([
    nameSeenWith(HAIZHOU, 2), nameSeenWith(GANYU, 3),
    { unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级" },
    { unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级", year: 2027, eventDate: "2027-01-01" },
  ]);

  it("is held by that row, not refused as if either unit had received the award", () => {
    expect(codes(rows[3])).not.toContain("ONE_TIME_ONLY");
    expect(issue(rows[3], "HELD_BY_ROW")).toMatchObject({ rule: "oneTime", first: { row: 4 } });
    expect(rows[3].verdict).toBe("review");
  });
});

describe("full tens after several rows that may count (decisions 4, 26)", () => {
  // （十三）「每依法成功调解 10 件，资助 1 万元」
  const med = (code: string | null, quantity: number): ClaimSpec => ({ unit: "庚公司", creditCode: code, item: "MEDIATION", quantity });
  const rows = batch([nameSeenWith(GANYU, 2), med(HAIZHOU, 5), med(null, 3), med(null, 4), med(HAIZHOU, 5)]);

  it("a later row whose ten depends on them names the first of them", () => {
    expect(issue(rows[4], "HELD_BY_ROW")).toMatchObject({ rule: "fullTens", first: { row: 4 } });
  });

  it("a unit's first row counts from nothing, with no row to wait on", () => {
    expect(issue(rows[1], "HELD_BY_ROW")).toBeUndefined();
    expect(rows[1].verdict).not.toBe("review");
  });
});

describe("parts of a loan (decision 5)", () => {
  const part = (spec: ClaimSpec): ClaimSpec => ({ item: "PLEDGE_LOAN", base: "100000", months: 12, refNo: "DK-1", ...spec });

  it("in two files, taken in time order: the later part in the first file names the earlier one in the second", () => {
    const [[later], [earlier]] = checkBatch(
      [[claim(part({ file: 0, row: 2, eventDate: "2026-06-01" }))], [claim(part({ file: 1, row: 7, eventDate: "2026-03-01" }))]],
      { fileName: (f) => ["甲.xlsx", "乙.xlsx"][f] },
    );
    expect(codes(earlier)).not.toContain("LOAN_MONTHS_USED");
    expect(issue(later, "LOAN_MONTHS_USED")).toMatchObject({ first: { file: 1, row: 7, fileName: "乙.xlsx" } });
  });

  it("of two units with the same contract number are two loans, each with its own months", () => {
    const rows = batch([
      part({ creditCode: HAIZHOU }), part({ unit: "连云港另一科技有限公司", creditCode: GANYU }),
      part({ creditCode: HAIZHOU, eventDate: "2026-04-01" }), part({ unit: "连云港另一科技有限公司", creditCode: GANYU, eventDate: "2026-04-01" }),
    ]);
    expect(rows.map((r) => codes(r).includes("LOAN_MONTHS_USED"))).toEqual([false, false, true, true]);
    expect(issue(rows[2], "LOAN_MONTHS_USED")).toMatchObject({ first: { row: 2 } });
    expect(issue(rows[3], "LOAN_MONTHS_USED")).toMatchObject({ first: { row: 3 } });
  });
});
