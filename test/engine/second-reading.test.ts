/**
 * The second reading of 连政规发〔2025〕3号 (MEASURES.md decisions marked Revised / Added): each test pins one
 * edge, quotes the words of the text it follows, and is named after what it pins.
 */
import {
  checkBatch, Decimal, formatMoney, render, renderExplain, rowText, type CheckOptions, type HistoryEntry, type Issue,
  type RowResult,
} from "../../src/engine";
import { claim, codes, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const LIANYUN = "91320703MA1YT4C2XC";
const GANYU = "91320707MA20B3NQ5Q";

const money = (m: RowResult["eligible"]) => formatMoney(m);
const batch = (specs: ClaimSpec[], options?: CheckOptions) => checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))], options)[0];
const one = (spec: ClaimSpec, options?: CheckOptions) => batch([spec], options)[0];
const issue = <C extends Issue["code"]>(r: RowResult, code: C) => r.issues.find((i) => i.code === code) as Extract<Issue, { code: C }> | undefined;
const history = (spec: Partial<HistoryEntry> & Pick<HistoryEntry, "item" | "year">, approved = "1000"): HistoryEntry => ({
  unit: null, creditCode: HAIZHOU, approved: new Decimal(approved), ...spec,
});

describe("decision 1: the standard is the row's amount after its single-row cap", () => {
  // （十三）「每依法成功调解 10 件，资助 1 万元；同一调解组织每年资助不超过 20 万元」
  it("MEDIATION 250 cases claiming 200,000 is not BELOW_STANDARD", () => {
    const r = one({ item: "MEDIATION", quantity: 250, claimed: "200000" });
    expect(codes(r)).toEqual([]);
    expect(money(r.approvable)).toBe("200000.00");
  });
  it("MEDIATION 250 cases claiming 199,999.99 is BELOW_STANDARD against 200,000", () => {
    const r = one({ item: "MEDIATION", quantity: 250, claimed: "199999.99" });
    expect(issue(r, "BELOW_STANDARD")).toMatchObject({ standard: 20_000_000 });
  });
});

describe("decision 2: the rate in force, and a row's 补助比例 only lowering it", () => {
  // （七）「对贷款利息及评估等服务费用给予最高30％的补助」
  const yearly = { settings: { rates: { PLEDGE_LOAN: new Decimal("0.25") } } };
  it("a row's 30% above the year's 25% is RATE_ABOVE_MAX naming 25%, and the row is computed at 25%", () => {
    const r = one({ item: "PLEDGE_LOAN", base: "100000", months: 12, rate: "0.3", claimed: "30000" }, yearly);
    expect(issue(r, "RATE_ABOVE_MAX")).toMatchObject({ rate: "30%", max: "25%", source: "setting" });
    expect(money(r.approvable)).toBe("25000.00");
    expect(money(r.excess)).toBe("5000.00");
  });
  it("a row's 20% under the year's 25% lowers that row to 20%", () => {
    const r = one({ item: "PLEDGE_LOAN", base: "100000", months: 12, rate: "0.2" }, yearly);
    expect(money(r.eligible)).toBe("20000.00");
    expect(codes(r)).not.toContain("RATE_ABOVE_MAX");
  });
  it("a row's rate equal to the rate in force is no error", () => {
    expect(codes(one({ item: "PLEDGE_LOAN", base: "100000", months: 12, rate: "0.25", claimed: "25000" }, yearly))).toEqual([]);
  });
  // （十一）「按照实际支付的维权代理费的 50%给予资金支持」: no 最高, a flat rate.
  it("overseas enforcement with a row's 40% stays at the flat 50% and warns RATE_FIXED", () => {
    const r = one({ item: "ENFORCEMENT_OVERSEAS", base: "100000", rate: "0.4", outcome: "胜诉", claimed: "50000" });
    expect(issue(r, "RATE_FIXED")).toMatchObject({ rate: "40%", fixed: "50%" });
    expect(money(r.approvable)).toBe("50000.00");
    expect(r.status).toBe("warning");
  });
  it("a flat-rate row whose 补助比例 equals the flat 50% gets no warning", () => {
    expect(codes(one({ item: "PATENT_PRIZE", base: "100000", rate: "0.5", claimed: "50000" }))).toEqual([]);
  });
});

describe("decision 4: full tens per unit and year, over all its rows", () => {
  // （十三）「每依法成功调解 10 件，资助 1 万元」
  it("15 + 15 mediation cases of one organisation earn 10,000 then 20,000", () => {
    const rows = batch([{ item: "MEDIATION", quantity: 15 }, { item: "MEDIATION", quantity: 15 }]);
    expect(rows.map((r) => money(r.eligible))).toEqual(["10000.00", "20000.00"]);
  });
  it("5 + 4 cases are 9 in all and earn nothing", () => {
    expect(batch([{ item: "MEDIATION", quantity: 5 }, { item: "MEDIATION", quantity: 4 }]).map((r) => money(r.eligible))).toEqual(["0.00", "0.00"]);
  });
  it("5 + 5 cases: the second row completes the ten and earns 10,000", () => {
    expect(batch([{ item: "MEDIATION", quantity: 5 }, { item: "MEDIATION", quantity: 5 }]).map((r) => money(r.eligible))).toEqual(["0.00", "10000.00"]);
  });
  it("tens do not carry over to the next year nor to another organisation", () => {
    const rows = batch([
      { item: "MEDIATION", quantity: 5, year: 2026 },
      { item: "MEDIATION", quantity: 5, year: 2027, eventDate: "2027-03-01" },
      { item: "MEDIATION", quantity: 5, year: 2026, unit: "乙调解中心", creditCode: LIANYUN },
    ]);
    expect(rows.map((r) => money(r.eligible))).toEqual(["0.00", "0.00", "0.00"]);
  });
  // （八）「对向国家知识产权局提出开放许可声明的，每 10 项给予 1 万元奖励」
  it("declarations 6 + 7 of one patentee earn 10,000 on the second row, and say how", () => {
    const rows = batch([{ item: "OPEN_LICENSE_DECLARE", quantity: 6 }, { item: "OPEN_LICENSE_DECLARE", quantity: 7 }]);
    expect(money(rows[1].eligible)).toBe("10000.00");
    expect(renderExplain(rows[1].explain, "zh")).toBe(
      "每满 10 项奖励 1 万元：本年度此前 6 项，连同本行 7 项共 13 项计 1 个，1 × 10,000.00 = 10,000.00 元，此前已计 0.00 元，本行 10,000.00 元",
    );
  });
  it("37 cases on one row are written as a clerk writes them", () => {
    expect(renderExplain(one({ item: "MEDIATION", quantity: 37 }).explain, "zh")).toBe("每满 10 件资助 1 万元：37 件计 3 个，3 × 10,000.00 = 30,000.00 元");
  });
});

describe("decision 5: the parts of one loan share its 12 months", () => {
  // （七）「单笔贷款利息补助不超过 1 年」
  const part = (months: number, extra: ClaimSpec = {}): ClaimSpec => ({ item: "PLEDGE_LOAN", base: "60000", months, refNo: "ZY-2026-01", ...extra });
  it("two 6-month parts of one contract are both paid in full, not refused as duplicates", () => {
    const rows = batch([part(6), part(6)]);
    expect(rows.map((r) => money(r.eligible))).toEqual(["18000.00", "18000.00"]);
    expect(rows.flatMap(codes)).not.toContain("DUPLICATE");
  });
  it("a part after the 12 months were counted is LOAN_MONTHS_USED and approves nothing", () => {
    const rows = batch([part(6), part(6), part(3, { claimed: "5000" })]);
    expect(codes(rows[2])).toContain("LOAN_MONTHS_USED");
    expect(issue(rows[2], "LOAN_MONTHS_USED")).toMatchObject({ months: 12, first: { row: 2 } });
    expect(money(rows[2].approvable)).toBe("0.00");
    expect(money(rows[2].excess)).toBe("5000.00");
  });
  it("a refused part's calculation shows the 0 months it counts, not an amount it will not get", () => {
    const rows = batch([part(12), part(6)]);
    expect(renderExplain(rows[1].explain, "zh")).toBe(
      "同一笔贷款此前已计 12 个月，利息最多计 12 个月，本行计 0 个月：贷款利息 60,000.00 元 × 0/6 = 0.00 元；(0.00 元) × 30% = 0.00 元",
    );
  });
  it("a part that crosses the 12th month counts its share: 8 then 6 months count 8 and 4", () => {
    const rows = batch([part(8), part(6)]);
    expect(money(rows[1].eligible)).toBe("12000.00");
    expect(renderExplain(rows[1].explain, "zh")).toContain("同一笔贷款此前已计 8 个月，利息最多计 12 个月，本行计 4 个月");
  });
  it("different contract numbers are different loans", () => {
    const rows = batch([part(12), part(12, { refNo: "ZY-2026-02" })]);
    expect(rows.flatMap(codes)).not.toContain("LOAN_MONTHS_USED");
  });
  it("the same contract number of another unit is another loan", () => {
    const rows = batch([part(12), part(12, { unit: "乙公司", creditCode: LIANYUN })]);
    expect(rows.flatMap(codes)).not.toContain("LOAN_MONTHS_USED");
  });
  it("a contract number typed with a zero-width space is the same loan", () => {
    const rows = batch([part(12), part(12, { refNo: "ZY-2026\u200b-01" })]);
    expect(codes(rows[1])).toContain("LOAN_MONTHS_USED");
  });
});

describe("decision 6: two years in which subsidy was received", () => {
  // （七）「累计获得补助不超过 2 年」
  const loan = (year: number, extra: ClaimSpec = {}): ClaimSpec => ({
    item: "PLEDGE_LOAN", base: "10000", months: 12, year, eventDate: `${year}-03-01`, ...extra,
  });
  it("a year whose only row claims 0 received nothing and does not count", () => {
    const rows = batch([loan(2026, { claimed: "0" }), loan(2027), loan(2028)]);
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([false, false, false]);
  });
  it("a year whose only row is refused (out of period) does not count", () => {
    const rows = batch([loan(2025, { eventDate: "2025-05-01" }), loan(2026), loan(2027)]);
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([false, false, false]);
  });
  it("history with 核定金额 0 is not a year received", () => {
    const rows = batch([loan(2027), loan(2028)], { history: [history({ item: "PLEDGE_LOAN", year: 2026 }, "0")] });
    expect(rows.flatMap(codes)).not.toContain("TWO_YEAR_LIMIT");
  });
  it("history years come first: history 2028 and batch 2026, 2027 leave 2027 refused", () => {
    const rows = batch([loan(2026), loan(2027)], { history: [history({ item: "PLEDGE_LOAN", year: 2028 })] });
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([false, true]);
    expect(issue(rows[1], "TWO_YEAR_LIMIT")).toMatchObject({ years: [2028, 2026], max: 2 });
  });
  it("a later year typed above an earlier one does not take the award", () => {
    const rows = batch([loan(2029), loan(2026), loan(2027)]);
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([true, false, false]);
    expect(render(issue(rows[0], "TWO_YEAR_LIMIT")!, "zh")).toBe("质押融资补助累计不超过 2 年，本单位已在 2026、2027 年度获得补助");
  });
  it("history keyed by the unit's name alone counts for the rows carrying its code", () => {
    const named = history({ item: "PLEDGE_LOAN", year: 2026, unit: "连云港示例科技有限公司", creditCode: null });
    const rows = batch([loan(2027), loan(2028), loan(2028, { unit: "连云港示例科技有限公司" })], { history: [named] });
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([false, true, true]);
  });
});

describe("decision 9: a one-time award goes to the unit's earliest eligible row", () => {
  // （二十）「对获批国家知识产权培训基地或江苏省知识产权培训基地的，一次性给予 40 万元资金支持」
  const base = (year: number, extra: ClaimSpec = {}): ClaimSpec => ({ item: "TRAINING_BASE", level: "省级", year, eventDate: `${year}-03-01`, ...extra });
  it("a 2027 row typed above a 2026 row: the 2026 row takes the award", () => {
    const rows = batch([base(2027), base(2026)]);
    expect(rows.map((r) => codes(r).includes("ONE_TIME_ONLY"))).toEqual([true, false]);
    expect(issue(rows[0], "ONE_TIME_ONLY")).toMatchObject({ first: { row: 3 }, firstYear: 2026 });
  });
  it("in one year the earlier event date takes it", () => {
    const rows = batch([base(2026, { eventDate: "2026-09-01" }), base(2026, { eventDate: "2026-02-01" })]);
    expect(rows.map((r) => codes(r).includes("ONE_TIME_ONLY"))).toEqual([true, false]);
  });
  it("a refused row does not take it: an out-of-period row leaves it to the next", () => {
    const rows = batch([base(2025, { eventDate: "2025-05-20" }), base(2026)]);
    expect(codes(rows[1])).not.toContain("ONE_TIME_ONLY");
  });
  it("history with 核定金额 0 was not received; with 400,000 it was", () => {
    expect(codes(one(base(2027), { history: [history({ item: "TRAINING_BASE", year: 2026 }, "0")] }))).not.toContain("ONE_TIME_ONLY");
    expect(issue(one(base(2027), { history: [history({ item: "TRAINING_BASE", year: 2026 }, "400000")] }), "ONE_TIME_ONLY")).toMatchObject({ first: "history" });
  });
  it("national after provincial is still the same one-time award", () => {
    expect(batch([base(2026), base(2027, { level: "国家级" })]).map((r) => codes(r).includes("ONE_TIME_ONLY"))).toEqual([false, true]);
  });
});

describe("decision 10: awards to a unit are paid per unit, not per piece", () => {
  // （十二）「对获批国家级、省级知识产权保护平台载体，每家单位分别给予最高 20 万元、10 万元奖励」
  it("a platform with 数量 2 is one award with QUANTITY_IGNORED", () => {
    const r = one({ item: "PROTECTION_PLATFORM", level: "国家级", quantity: 2, claimed: "400000" });
    expect(issue(r, "QUANTITY_IGNORED")).toMatchObject({ quantity: 2 });
    expect(money(r.eligible)).toBe("200000.00");
    expect(money(r.excess)).toBe("200000.00");
  });
  it("the same unit's same platform on a second row with another reference is DUPLICATE", () => {
    const rows = batch([
      { item: "PROTECTION_PLATFORM", level: "省级", refNo: "A-1" },
      { item: "PROTECTION_PLATFORM", level: "省级", refNo: "A-2" },
    ]);
    expect(issue(rows[1], "DUPLICATE")).toMatchObject({ by: "unit", scope: "period", first: { row: 2 } });
    expect(money(rows[1].approvable)).toBe("0.00");
  });
  it("a provincial then a national platform are two awards (another level)", () => {
    const rows = batch([{ item: "PROTECTION_PLATFORM", level: "省级" }, { item: "PROTECTION_PLATFORM", level: "国家级", year: 2027, eventDate: "2027-03-01" }]);
    expect(rows.flatMap(codes)).not.toContain("DUPLICATE");
  });
  // （十五）「对服务机构的服务绩效开展年度评价，并按评价结果给予最高 30 万元奖励」
  it("a service agency is paid once a year: two rows in 2026 duplicate, 2027 is new", () => {
    const rows = batch([
      { item: "SERVICE_AGENCY", year: 2026 }, { item: "SERVICE_AGENCY", year: 2026 }, { item: "SERVICE_AGENCY", year: 2027, eventDate: "2027-03-01" },
    ]);
    expect(rows.map((r) => codes(r).includes("DUPLICATE"))).toEqual([false, true, false]);
    expect(issue(rows[1], "DUPLICATE")).toMatchObject({ scope: "year" });
  });
  // （一）「对通过验收的市级高价值专利培育项目，每项给予最高 30 万元资金支持」
  it("a project row with 数量 3 is one project", () => {
    const r = one({ item: "HVP_PROJECT", outcome: "通过验收", quantity: 3 });
    expect(money(r.eligible)).toBe("300000.00");
    expect(codes(r)).toContain("QUANTITY_IGNORED");
  });
  // （二）「每项地理标志保护产品或地理标志商标给予 10 万元奖励」
  it("GI pays per item: 数量 2 is 200,000 without a warning", () => {
    const r = one({ item: "GI", quantity: 2 });
    expect(money(r.eligible)).toBe("200000.00");
    expect(codes(r)).not.toContain("QUANTITY_IGNORED");
  });
  it("a certificate number with a zero-width space is the same certificate", () => {
    const rows = batch([{ item: "GI", refNo: "GI-7" }, { item: "GI", refNo: "GI\u200b-7" }]);
    expect(codes(rows[1])).toContain("DUPLICATE");
  });
});

describe("decision 11: one applicant however its rows name it", () => {
  // （三）「每个单位每年不超过 2 万元」
  it("a row that leaves the code blank belongs to the unit its name goes with, and shares its cap", () => {
    const rows = batch([
      { item: "DATA_IP", quantity: 20, unit: "连云港甲科技有限公司", creditCode: HAIZHOU },
      { item: "DATA_IP", quantity: 5, unit: "连云港甲科技有限公司", creditCode: null },
    ]);
    expect(rows[1].unitKey).toBe(HAIZHOU);
    expect(codes(rows[1])).toContain("CAP_EXCEEDED");
    expect(money(rows[1].approvable)).toBe("0.00");
  });
  it("a name with zero-width characters, a soft hyphen, full-width brackets and other case is the same unit", () => {
    const rows = batch([
      { item: "DATA_IP", quantity: 20, unit: "连云港甲科技(集团)有限公司 ABC", creditCode: HAIZHOU },
      { item: "DATA_IP", quantity: 5, unit: "连云港\u200b甲科技【集团】有限\u00ad公司\ufeffａｂｃ", creditCode: null },
    ]);
    expect(rows[1].unitKey).toBe(HAIZHOU);
  });
  it("a credit code with a zero-width space is the same code", () => {
    const r = one({ item: "GI", creditCode: `${HAIZHOU.slice(0, 9)}\u200b${HAIZHOU.slice(9)}` });
    expect(r.unitKey).toBe(HAIZHOU);
    expect(codes(r)).not.toContain("BAD_CREDIT_CODE");
  });
  it("a name seen with two valid codes is two units, and a row with the name alone is UNIT_AMBIGUOUS", () => {
    const rows = batch([
      { item: "GI", unit: "甲公司", creditCode: HAIZHOU, refNo: "1" },
      { item: "GI", unit: "甲公司", creditCode: GANYU, refNo: "2" },
      { item: "GI", unit: "甲公司", creditCode: null, refNo: "3" },
    ]);
    expect(rows[0].unitKey).not.toBe(rows[1].unitKey);
    expect(issue(rows[2], "UNIT_AMBIGUOUS")).toMatchObject({ name: "甲公司", codes: [HAIZHOU, GANYU].sort() });
  });
  it("an invalid code warns and the name decides", () => {
    const rows = batch([
      { item: "IP_COURSE", unit: "乙大学", creditCode: LIANYUN },
      { item: "IP_COURSE", unit: "乙大学", creditCode: "91320703MA1YT4C2XA", year: 2027, eventDate: "2027-03-01" },
    ]);
    expect(codes(rows[1])).toEqual(expect.arrayContaining(["BAD_CREDIT_CODE", "ONE_TIME_ONLY"]));
  });
});

describe("decision 12: period messages cite the policy's period paragraph", () => {
  // 「本政策措施自 2025 年 6 月 1 日起实施，有效期至 2030 年 5 月 31 日」
  it("an event on 2025-05-31 cites the closing paragraph, not the item's clause", () => {
    const found = issue(one({ item: "GI", year: 2025, eventDate: "2025-05-31" }), "OUT_OF_PERIOD")!;
    // Rev. 3: the clause field names the paragraph, so a program reading the report sees the citation too.
    expect(found.clause).toBe("施行期限");
    expect(render(found, "zh")).toContain("本政策措施自 2025 年 6 月 1 日起实施，有效期至 2030 年 5月 31 日");
  });
  it("2025-06-01 and 2030-05-31 are inside; 2030-06-01 is after", () => {
    expect(codes(one({ item: "GI", year: 2025, eventDate: "2025-06-01" }))).not.toContain("OUT_OF_PERIOD");
    expect(codes(one({ item: "GI", year: 2030, eventDate: "2030-05-31" }))).not.toContain("OUT_OF_PERIOD");
    expect(issue(one({ item: "GI", year: 2030, eventDate: "2030-06-01" }), "OUT_OF_PERIOD")).toMatchObject({ side: "after" });
  });
});

describe("decision 13: one person, one award, whichever unit claims it", () => {
  // （二十一）「被评定为知识产权师、高级知识产权师、正高级知识产权师且在所在单位连续工作满一年的，分别给予所在单位 0.3 万元/人、0.5 万元/人、0.8 万元/人奖励」
  const engineer = (level: string, extra: ClaimSpec = {}): ClaimSpec => ({
    item: "IP_ENGINEER", level, quantity: 1, personId: "320701199001011234", startDate: "2024-01-01", ...extra,
  });
  it("the same person claimed by two units is DUPLICATE on the second", () => {
    const rows = batch([engineer("高级"), engineer("高级", { unit: "乙公司", creditCode: LIANYUN })]);
    expect(issue(rows[1], "DUPLICATE")).toMatchObject({ by: "person", first: { row: 2 } });
  });
  it("the same person at a higher level is a new award", () => {
    expect(batch([engineer("中级"), engineer("高级")]).flatMap(codes)).not.toContain("DUPLICATE");
  });
  it("副高级 is 高级 and earns 5,000", () => {
    expect(money(one(engineer("副高级")).eligible)).toBe("5000.00");
  });
});

describe("decision 17: outcomes read with negation", () => {
  // （一）「对通过验收的市级高价值专利培育项目」, （六）「对通过验收的专利导航项目」
  it.each(["未验收", "尚未验收", "待验收", "验收不合格", "验收不通过", "验收中", "未通过验收"])(
    "acceptance %s is CONDITION_NOT_MET", (outcome) => {
      expect(codes(one({ item: "PATENT_NAV", outcome }))).toContain("CONDITION_NOT_MET");
    });
  // （二十二）「并通过结题验收」
  it.each(["尚未结题", "未结题"])("closing acceptance %s is CONDITION_NOT_MET", (outcome) => {
    expect(codes(one({ item: "IP_RESEARCH", outcome }))).toContain("CONDITION_NOT_MET");
  });
  it.each(["通过验收", "已验收", "验收合格", "通过结题验收"])("acceptance %s is met", (outcome) => {
    expect(codes(one({ item: "PATENT_NAV", outcome }))).not.toContain("CONDITION_NOT_MET");
    expect(codes(one({ item: "PATENT_NAV", outcome }))).not.toContain("CONDITION_UNSTATED");
  });
  // Rev. 3: 结题 is （二十二）'s word; for （六） it does not say the project 通过验收.
  it("结题 alone does not state 通过验收 for （六）: not known", () => {
    expect(codes(one({ item: "PATENT_NAV", outcome: "结题", claimed: "100000" }))).toEqual(["CONDITION_UNSTATED"]);
  });
  // （十）「通过诉讼仲裁或行政裁决等途径获胜且已生效，或在和解撤诉中获益的」
  it.each(["败诉", "未生效", "审理中", "诉讼中", "胜诉（尚未生效）", "一审胜诉，二审审理中"])("domestic %s is CONDITION_NOT_MET", (outcome) => {
    expect(codes(one({ item: "ENFORCEMENT_DOMESTIC", base: "10000", outcome }))).toContain("CONDITION_NOT_MET");
  });
  it.each(["胜诉生效", "判决胜诉且已生效", "和解获益", "撤诉获益", "和解并获赔偿"])("domestic %s is met", (outcome) => {
    expect(one({ item: "ENFORCEMENT_DOMESTIC", base: "10000", outcome }).issues.filter((i) => i.code.startsWith("CONDITION"))).toEqual([]);
  });
  // Rev. 3: the clause asks 获胜且已生效; a win with nothing said of its force is not known, never paid.
  it.each(["胜诉", "裁决胜诉"])("domestic %s alone is not known", (outcome) => {
    expect(codes(one({ item: "ENFORCEMENT_DOMESTIC", base: "10000", outcome }))).toContain("CONDITION_UNSTATED");
  });
  it("domestic 已生效 alone is not known, quoting the text and listing the canonical outcomes", () => {
    const found = issue(one({ item: "ENFORCEMENT_DOMESTIC", base: "10000", outcome: "已生效" }), "CONDITION_UNSTATED")!;
    expect(found.found).toBe("已生效");
    expect(render(found, "zh")).toContain("如：判决胜诉且已生效、裁决获胜且已生效、和解并获赔偿、撤诉并获益");
  });
  // （十一）「已有判决胜诉或和解且相关文书没有载明申请人构成侵权的」
  it.each(["和解（未载明侵权）", "和解，文书没有载明申请人构成侵权", "判决胜诉", "和解，认定申请人不构成侵权"])("overseas %s is met", (outcome) => {
    expect(one({ item: "ENFORCEMENT_OVERSEAS", base: "10000", outcome }).issues.filter((i) => i.code.startsWith("CONDITION"))).toEqual([]);
  });
  it.each(["和解（载明申请人侵权）", "和解，文书认定申请人侵权", "和解，构成侵权", "败诉", "和解中"])("overseas %s is CONDITION_NOT_MET", (outcome) => {
    expect(codes(one({ item: "ENFORCEMENT_OVERSEAS", base: "10000", outcome }))).toContain("CONDITION_NOT_MET");
  });
});

describe("decision 20: words that name two items are never resolved silently", () => {
  it.each([["开放许可", ["专利开放许可声明", "达成专利开放许可"]], ["维权", ["国内知识产权维权", "海外知识产权维权"]]] as const)(
    "「%s」 is AMBIGUOUS_ITEM listing %j", (item, candidates) => {
      const r = one({ item, quantity: 10, base: "1000" });
      expect(issue(r, "AMBIGUOUS_ITEM")).toMatchObject({ candidates });
      expect(money(r.approvable)).toBe("0.00");
    });
  it("「质押」 alone names one item and resolves", () => {
    expect(one({ item: "专利质押", base: "1000", months: 12 }).item?.code).toBe("PLEDGE_LOAN");
  });
});

describe("decision 21: messages pointing to a row of another file name that file", () => {
  const files = (a: ClaimSpec[], b: ClaimSpec[]) =>
    checkBatch([a.map((s, i) => claim({ file: 0, row: i + 2, ...s })), b.map((s, i) => claim({ file: 1, row: i + 2, ...s }))], {
      fileName: (f) => ["甲.xlsx", "乙.xlsx"][f],
    });
  it("a duplicate in the second file names the first file; in the same file it does not", () => {
    const [, [dup]] = files([{ item: "GI", refNo: "G-1" }], [{ item: "GI", refNo: "G-1" }]);
    expect(render(issue(dup, "DUPLICATE")!, "zh")).toMatch(/^与「甲\.xlsx」第 2 行重复/);
    const [[, same]] = files([{ item: "GI", refNo: "G-1" }, { item: "GI", refNo: "G-1" }], []);
    expect(render(issue(same, "DUPLICATE")!, "zh")).toMatch(/^与第 2 行重复/);
  });
  it("CAP_EXCEEDED says the approvals came from history and from rows of the batch", () => {
    const [[a], [b]] = checkBatch(
      [[claim({ file: 0, row: 2, item: "DATA_IP", quantity: 10 })], [claim({ file: 1, row: 5, item: "DATA_IP", quantity: 10 })]],
      { fileName: (f) => ["甲.xlsx", "乙.xlsx"][f], history: [history({ item: "DATA_IP", year: 2026 }, "5000")] },
    );
    expect(money(a.approvable)).toBe("10000.00");
    expect(render(issue(b, "CAP_EXCEEDED")!, "zh")).toBe(
      "同一单位 2026 年度上限 20,000.00 元：此前已核定 15,000.00 元（历史核定 5,000.00 元；本批「甲.xlsx」第 2 行），本行最多可核定 5,000.00 元，其余核减",
    );
  });
});

describe("class 13: requested = approvable + excess on every row", () => {
  it("a blank claim on an eligible row requests its eligible amount; on an ineligible row nothing", () => {
    const [ok, refused] = batch([{ item: "GI" }, { item: "GI", eventDate: "2025-01-01", year: 2025 }]);
    expect(money(ok.requested)).toBe("100000.00");
    expect(money(refused.requested)).toBe("0.00");
    for (const r of [ok, refused]) expect(r.requested.eq(r.approvable.plus(r.excess))).toBe(true);
  });
});

describe("class 14: words a finance clerk reads", () => {
  it("a cut row's text starts with its verdict and the reason, then the calculation", () => {
    const r = one({ item: "PATENT_NAV", outcome: "通过验收", claimed: "250000" });
    expect(rowText(r, "zh")).toBe("核减 50,000.00 元，核定 200,000.00 元：申请金额 250,000.00 元超过可申请金额 200,000.00 元。计算：最高 200,000.00 元");
  });
  it("months 0 is BAD_NUMBER (zero), never 'the cell is empty'", () => {
    const found = issue(one({ item: "PLEDGE_LOAN", base: "1000", months: 0 }), "BAD_NUMBER")!;
    expect(found).toMatchObject({ problem: "zero" });
    expect(render(found, "zh")).not.toContain("为空");
  });
  it("the pledge-loan item is named with its service fees", () => {
    expect(one({ item: "PLEDGE_LOAN", base: "1000", months: 12 }).item?.name).toContain("贷款利息及评估等服务费用");
  });
  it("English per full ten: 37 cases are 3 full tens", () => {
    expect(renderExplain(one({ item: "MEDIATION", quantity: 37 }).explain, "en")).toBe(
      "10,000.00 yuan per full 10 cases: 37 cases are 3 full tens, 3 × 10,000.00 = 30,000.00 yuan",
    );
  });
  it("a note on values from formulas follows the calculation it qualifies, in both languages", () => {
    const row = { ...claim({ item: "PLEDGE_LOAN", base: "240000", months: 24 }), fromFormula: new Set(["base" as const]) };
    const [[r]] = checkBatch([[row]]);
    expect(renderExplain(r.explain, "en")).toBe(
      "at most 12 months of interest count: interest 240,000.00 yuan × 12/24 = 120,000.00 yuan; (120,000.00 yuan) × 30% = 36,000.00 yuan (Base (yuan) taken from formula results)",
    );
    expect(renderExplain(r.explain, "zh")).toMatch(/= 36,000\.00 元（计算基数（元）取自公式的计算结果）$/);
  });
  it("an English calculation carries no Chinese", () => {
    const r = batch([{ item: "DATA_IP", quantity: 30 }, { item: "DATA_IP", quantity: 5 }])[1];
    expect(renderExplain(r.explain, "en")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(rowText(r, "en")).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("decision 5 against the text: only the interest is limited to one year", () => {
  // （七）「对贷款利息及评估等服务费用给予最高30％的补助，单笔贷款利息补助不超过 1 年」: the year limits the interest only.
  it("a part after the 12 months that has service fees counts its fees, without interest", () => {
    const rows = batch([
      { item: "PLEDGE_LOAN", base: "120000", months: 12, refNo: "HT-1" },
      { item: "PLEDGE_LOAN", base: "30000", months: 3, fees: "10000", refNo: "HT-1" },
    ]);
    // Rev. 3: the part is told its interest counts 0 (a warning); 30% × 10,000 fees = 3,000.
    expect(issue(rows[1], "LOAN_MONTHS_USED")).toBeDefined();
    expect(rows[1].status).toBe("warning");
    expect(money(rows[1].eligible)).toBe("3000.00");
  });
});

describe("decision 10: a per-project rate award", () => {
  // （一）「按省级奖励资金的 50%给予配套奖励」
  it("PATENT_PRIZE with 数量 2 is one award on its base, with QUANTITY_IGNORED", () => {
    const r = one({ item: "PATENT_PRIZE", base: "100000", quantity: 2 });
    expect(money(r.eligible)).toBe("50000.00");
    expect(codes(r)).toContain("QUANTITY_IGNORED");
  });
});
