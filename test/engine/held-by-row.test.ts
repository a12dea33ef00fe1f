/**
 * Decisions 4, 6, 9 and 10 with 23 and 26 (MEASURES.md): a row 待核实, or a row that may be one of two units,
 * holds the award paid once, the loan year and the count of tens of every unit it may be. A later row whose
 * money depends on how the reviewer decides it is 待核实 too (HELD_BY_ROW, naming that row), never approved or
 * refused for it, so the unit cannot be paid twice whichever way the reviewer decides.
 */
import { checkBatch, formatMoney, messageJson, render, type Issue, type RowResult } from "../../src/engine";
import { claim, codes, nameSeenWith, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const GANYU = "91320707MA20B3NQ5Q";

const batch = (specs: ClaimSpec[]) => checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))])[0];
const amounts = (r: RowResult) => ({
  approvable: formatMoney(r.approvable), pending: formatMoney(r.pending), excess: formatMoney(r.excess), verdict: r.verdict,
});
const held = (r: RowResult) => r.issues.find((i) => i.code === "HELD_BY_ROW") as Extract<Issue, { code: "HELD_BY_ROW" }> | undefined;

describe("a one-time award held by a row that may be either unit (decisions 9, 26)", () => {
  // （二十）「一次性给予 40 万元资金支持」
  const rows = batch([
    nameSeenWith(HAIZHOU, 2), nameSeenWith(GANYU, 3),
    { unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级" },
    { unit: "庚公司", creditCode: HAIZHOU, item: "TRAINING_BASE", level: "国家级", year: 2027, eventDate: "2027-01-01" },
  ]);
  it("the name-only row, whose units have had no award, is approved 400,000", () => {
    expect(amounts(rows[2])).toEqual({ approvable: "400000.00", pending: "0.00", excess: "0.00", verdict: "approved" });
  });
  it("a later row of one candidate is neither approved nor ONE_TIME_ONLY: 400,000 pending, naming the name-only row", () => {
    expect(codes(rows[3])).not.toContain("ONE_TIME_ONLY");
    expect(amounts(rows[3])).toEqual({ approvable: "0.00", pending: "400000.00", excess: "0.00", verdict: "review" });
    expect(held(rows[3])).toMatchObject({ rule: "oneTime", first: { row: 4 } });
  });
  it("the message names the row it waits on in Chinese and in English", () => {
    const issue = held(rows[3])!;
    expect(render(issue, "zh")).toContain("第 4 行待核实或无法确定是哪一家单位");
    expect(render(issue, "zh")).toContain("一次性资助");
    expect(render(issue, "en")).toContain("row 4 is pending review or may be another unit");
  });
  it("the JSON message points at that row by its file and row (REPORT.md: first)", () => {
    expect(messageJson(held(rows[3])!, () => undefined, () => "甲.xlsx").first).toEqual({ file: "甲.xlsx", row: 4 });
  });
});

describe("an award once per unit and level held by a row that may be either unit (decisions 10, 26)", () => {
  // （五）「对获批建设国家级、省级知识产权运营中心的，给予 20 万元资金支持」: once per unit and level.
  const rows = batch([
    nameSeenWith(HAIZHOU, 2), nameSeenWith(GANYU, 3),
    { unit: "庚公司", creditCode: null, item: "OPS_CENTER", level: "国家级" },
    { unit: "庚公司", creditCode: GANYU, item: "OPS_CENTER", level: "国家级" },
    { unit: "庚公司", creditCode: GANYU, item: "OPS_CENTER", level: "省级" },
  ]);
  it("a later row of a candidate at the same level is pending, not DUPLICATE", () => {
    expect(codes(rows[3])).not.toContain("DUPLICATE");
    expect(rows[3].verdict).toBe("review");
    expect(held(rows[3])).toMatchObject({ rule: "once", first: { row: 4 } });
  });
  it("a row at another level does not wait on it", () => {
    expect(held(rows[4])).toBeUndefined();
    expect(rows[4].verdict).toBe("approved");
  });
});

describe("an award once per unit and level held by a 待核实 row of the same unit (decisions 10, 23, 24)", () => {
  // （十八）「对获批国家知识产权示范企业、优势企业的，分别给予 5 万元、2 万元奖励」: once per unit and level. The item
  // words 优势企业 and the 级别 示范企业 disagree: the row is 待核实 at the lower level, 优势企业 (decision 24).
  const rows = batch([
    { item: "优势企业", level: "示范企业" },
    { item: "IP_ENTERPRISE", level: "优势企业", year: 2027, eventDate: "2027-01-01" },
  ]);
  it("the conflicting row is 待核实", () => {
    expect(codes(rows[0])).toContain("LEVEL_CONFLICT");
    expect(rows[0].verdict).toBe("review");
  });
  it("a later 优势企业 row of the unit is neither approved nor DUPLICATE: its whole amount pending, naming row 2", () => {
    expect(codes(rows[1])).not.toContain("DUPLICATE");
    expect(formatMoney(rows[1].approvable)).toBe("0.00");
    expect(rows[1].pending.gt(0)).toBe(true);
    expect(rows[1].verdict).toBe("review");
    expect(held(rows[1])).toMatchObject({ rule: "once", first: { row: 2 } });
  });
});

describe("the two-year rule with a year only a row of either unit receives in (decisions 6, 26)", () => {
  // （七）「累计获得补助不超过 2 年」: 30% × 10,000 = 3,000 a year.
  const loan = (code: string | null, year: number): ClaimSpec => ({
    unit: "庚公司", creditCode: code, item: "PLEDGE_LOAN", year, eventDate: `${year}-08-01`, base: "10000", months: 12,
  });
  const rows = batch([nameSeenWith(GANYU, 2), loan(HAIZHOU, 2025), loan(null, 2026), loan(HAIZHOU, 2027), loan(HAIZHOU, 2028)]);
  it("a year allowed only where the name-only row's year does not count is pending, naming that row", () => {
    expect(codes(rows[3])).not.toContain("TWO_YEAR_LIMIT");
    expect(amounts(rows[3])).toEqual({ approvable: "0.00", pending: "3000.00", excess: "0.00", verdict: "review" });
    expect(held(rows[3])).toMatchObject({ rule: "twoYear", first: { row: 4 } });
  });
  it("a year refused whichever way it is decided is TWO_YEAR_LIMIT, naming the years certainly received", () => {
    const issue = rows[4].issues.find((i) => i.code === "TWO_YEAR_LIMIT") as Extract<Issue, { code: "TWO_YEAR_LIMIT" }>;
    expect(issue.years).toEqual([2025, 2027]);
    expect(rows[4].verdict).toBe("rejected");
  });
});

describe("full tens counted against each unit a row may be (decisions 4, 26)", () => {
  // （十三）「每依法成功调解 10 件，资助 1 万元」, counted per unit and year over all its rows.
  const med = (code: string | null, quantity: number): ClaimSpec => ({ unit: "庚公司", creditCode: code, item: "MEDIATION", quantity });
  const rows = batch([nameSeenWith(GANYU, 2), med(HAIZHOU, 5), med(null, 5), med(HAIZHOU, 5), med(GANYU, 10)]);
  it("the name-only row's 5 cases make a ten as 海州's (5 before), none as 赣榆's: 10,000 pending", () => {
    expect(amounts(rows[2])).toEqual({ approvable: "0.00", pending: "10000.00", excess: "0.00", verdict: "review" });
  });
  it("海州's later 5 cases make its first ten only if the name-only row is not 海州's: 10,000 pending, naming it", () => {
    expect(amounts(rows[3])).toEqual({ approvable: "0.00", pending: "10000.00", excess: "0.00", verdict: "review" });
    expect(held(rows[3])).toMatchObject({ rule: "fullTens", first: { row: 4 } });
  });
  it("赣榆's 10 cases make a full ten whatever the name-only row's 5 add: approved 10,000", () => {
    expect(amounts(rows[4])).toEqual({ approvable: "10000.00", pending: "0.00", excess: "0.00", verdict: "approved" });
  });
});

describe("a confirmed award before a pending row still refuses later rows (decision 9)", () => {
  it("the unit's earliest certain row takes TRAINING_BASE; a later row is ONE_TIME_ONLY, not held", () => {
    const rows = batch([
      { item: "TRAINING_BASE", level: "省级", year: 2026 },
      { item: "TRAINING_BASE", level: "省级", year: 2027, eventDate: "2027-01-01" },
    ]);
    expect(codes(rows[1])).toContain("ONE_TIME_ONLY");
    expect(held(rows[1])).toBeUndefined();
  });
});
