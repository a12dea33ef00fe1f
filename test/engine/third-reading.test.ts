/**
 * The third reading of 连政规发〔2025〕3号 (MEASURES.md decisions marked rev. 3): verdicts and pending amounts,
 * levels named by the item's words, a quantity of 0, a unit that may be one of two, levels in the history,
 * loan parts in time order, the period's citation and the first row that used a cap. Each expected amount
 * is worked out by hand from the clause quoted beside it.
 */
import {
  checkBatch, Decimal, firstOf, formatMoney, messageJson, render, renderExplain, summarise, type CheckOptions, type HistoryEntry, type Issue,
  type RowResult,
} from "../../src/engine";
import { claim, codes, nameSeenWith, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";
const GANYU = "91320707MA20B3NQ5Q";

const money = (m: RowResult["eligible"]) => formatMoney(m);
const batch = (specs: ClaimSpec[], options?: CheckOptions) => checkBatch([specs.map((s, i) => claim({ row: i + 2, ...s }))], options)[0];
const one = (spec: ClaimSpec, options?: CheckOptions) => batch([spec], options)[0];
const issue = <C extends Issue["code"]>(r: RowResult, code: C) => r.issues.find((i) => i.code === code) as Extract<Issue, { code: C }> | undefined;
const entry = (spec: Partial<HistoryEntry> & Pick<HistoryEntry, "item" | "year">, approved: string): HistoryEntry => ({
  unit: null, creditCode: HAIZHOU, approved: new Decimal(approved), ...spec,
});
/** The row's amounts as strings: requested = approvable + pending + excess. */
const amounts = (r: RowResult) => ({
  requested: money(r.requested), approvable: money(r.approvable), pending: money(r.pending), excess: money(r.excess), verdict: r.verdict,
});
// （十）「按照不超过…维权活动必要费用的 30%给予资金支持，同一主体每年最高 10 万元」, met only by 获胜且已生效 or a benefit from settlement.
const WON = "判决胜诉且已生效";

describe("decision 23: verdicts, and a pending amount that reserves the cap", () => {
  // （二十二）「对参加市级组织的课题研究项目，并通过结题验收的，给予最高 10 万元资金支持」: a blank outcome does not say the project passed.
  it("a row whose condition is not stated approves nothing and holds what it would approve pending", () => {
    const r = one({ item: "IP_RESEARCH", claimed: "50000" });
    expect(codes(r)).toContain("CONDITION_UNSTATED");
    expect(amounts(r)).toEqual({ requested: "50000.00", approvable: "0.00", pending: "50000.00", excess: "0.00", verdict: "review" });
  });
  it("a pending row that claims above its ceiling still has the part above cut (核减): 120,000 on up to 100,000", () => {
    const r = one({ item: "IP_RESEARCH", claimed: "120000" });
    expect(codes(r)).toEqual(expect.arrayContaining(["CONDITION_UNSTATED", "OVER_ELIGIBLE"]));
    expect(amounts(r)).toEqual({ requested: "120000.00", approvable: "0.00", pending: "100000.00", excess: "20000.00", verdict: "review" });
  });
  it("a pending row reserves its part of the annual cap: the next row of the unit gets only what is left", () => {
    // 30% × 200,000 = 60,000 each; cap 100,000 per unit per year.
    const [a, b] = batch([
      { item: "ENFORCEMENT_DOMESTIC", base: "200000", outcome: null },
      { item: "ENFORCEMENT_DOMESTIC", base: "200000", outcome: WON },
    ]);
    expect(amounts(a)).toEqual({ requested: "60000.00", approvable: "0.00", pending: "60000.00", excess: "0.00", verdict: "review" });
    expect(amounts(b)).toEqual({ requested: "60000.00", approvable: "40000.00", pending: "0.00", excess: "20000.00", verdict: "reduced" });
    expect(codes(b)).toContain("CAP_EXCEEDED");
  });
  it("a pending row after the cap is used holds only what is left pending; the rest is cut", () => {
    const [, b] = batch([
      { item: "ENFORCEMENT_DOMESTIC", base: "300000", outcome: WON, claimed: "90000" },
      { item: "ENFORCEMENT_DOMESTIC", base: "200000", outcome: null, claimed: "60000" },
    ]);
    expect(amounts(b)).toEqual({ requested: "60000.00", approvable: "0.00", pending: "10000.00", excess: "50000.00", verdict: "review" });
  });
  it("a pending row whose cap is used up entirely is 不予支持, nothing pending", () => {
    const [, b] = batch([
      { item: "ENFORCEMENT_DOMESTIC", base: "400000", outcome: WON, claimed: "100000" },
      { item: "ENFORCEMENT_DOMESTIC", base: "200000", outcome: null, claimed: "60000" },
    ]);
    expect(amounts(b)).toEqual({ requested: "60000.00", approvable: "0.00", pending: "0.00", excess: "60000.00", verdict: "rejected" });
  });
  it("an ineligible row is 不予支持 whatever it requests: a claim of 0, a blank claim", () => {
    expect(one({ item: "GI", year: 2025, eventDate: "2025-05-31", claimed: "0" }).verdict).toBe("rejected");
    expect(one({ item: "GI", year: 2025, eventDate: "2025-05-31" }).verdict).toBe("rejected");
    expect(one({ item: "不存在的事项" }).verdict).toBe("rejected");
  });
  it("a claim of 0 on an eligible row is 通过 at 0", () => {
    expect(amounts(one({ item: "GI", claimed: "0" }))).toEqual({ requested: "0.00", approvable: "0.00", pending: "0.00", excess: "0.00", verdict: "approved" });
  });
  it("0 < approvable < requested is 核减; a blank claim takes the eligible amount and is 通过", () => {
    // DATA_IP 「给予每件最高 1000 元」: 5 certificates, 5,000.
    expect(one({ item: "DATA_IP", quantity: 5, claimed: "6000" }).verdict).toBe("reduced");
    expect(one({ item: "DATA_IP", quantity: 5 }).verdict).toBe("approved");
  });
  it("the totals count rows by verdict and add pending: requested = approvable + pending + excess", () => {
    const rows = batch([
      { item: "IP_RESEARCH", claimed: "50000" },
      { item: "DATA_IP", quantity: 5, claimed: "6000" },
      { item: "GI", claimed: "100000" },
      { item: "不存在的事项", claimed: "1000" },
    ]);
    const s = summarise(rows);
    expect({ approved: s.approved, reduced: s.reduced, rejected: s.rejected, review: s.review }).toEqual({ approved: 1, reduced: 1, rejected: 1, review: 1 });
    expect([money(s.requested), money(s.approvable), money(s.pending), money(s.excess)]).toEqual(["157000.00", "105000.00", "50000.00", "2000.00"]);
  });
});

describe("decision 24: a level named by the item's words", () => {
  // （二十一）「被评定为知识产权师、高级知识产权师、正高级知识产权师且在所在单位连续工作满一年的，分别给予所在单位 0.3 万元/人、0.5 万元/人、0.8 万元/人奖励」
  it("「高级知识产权师」 with 级别 blank is the 高级 level: 5,000 per person", () => {
    const r = one({ item: "高级知识产权师", quantity: 1, startDate: "2020-01-01" });
    expect(r.level?.name).toBe("高级");
    expect(codes(r)).not.toContain("MISSING_VALUE");
    expect(money(r.eligible)).toBe("5000.00");
  });
  // （十八）「对获批国家知识产权示范企业、优势企业的，分别给予 5 万元、2 万元奖励」
  it("「优势企业」 with 级别 示范企业 is LEVEL_CONFLICT naming both, eligible the lower 20,000, all of it pending", () => {
    const r = one({ item: "优势企业", level: "示范企业" });
    expect(issue(r, "LEVEL_CONFLICT")).toMatchObject({ named: "优势企业", typed: "示范企业", lower: "优势企业" });
    expect(r.status).toBe("warning");
    expect(amounts(r)).toEqual({ requested: "20000.00", approvable: "0.00", pending: "20000.00", excess: "0.00", verdict: "review" });
  });
  it("「示范企业」 with 级别 优势企业 is the same conflict the other way: 20,000 pending, a claim of 50,000 cut by 30,000", () => {
    const r = one({ item: "示范企业", level: "优势企业", claimed: "50000" });
    expect(amounts(r)).toEqual({ requested: "50000.00", approvable: "0.00", pending: "20000.00", excess: "30000.00", verdict: "review" });
  });
  it("a 级别 agreeing with the item's words is no conflict", () => {
    const r = one({ item: "优势企业", level: "优势企业" });
    expect(codes(r)).not.toContain("LEVEL_CONFLICT");
    expect(r.verdict).toBe("approved");
  });
  // （十八）「对获批国家知识产权示范企业、优势企业的」: the clause's own words for each level.
  it.each([
    ["国家知识产权优势企业", "优势企业", "20000.00"],
    ["知识产权优势企业", "优势企业", "20000.00"],
    ["知识产权示范企业", "示范企业", "50000.00"],
    ["国家知识产权示范企业", "示范企业", "50000.00"],
  ])("「%s」 with 级别 blank is IP_ENTERPRISE at %s", (item, level, eligible) => {
    const r = one({ item, claimed: eligible });
    expect([r.item?.code, r.level?.name, money(r.eligible), codes(r)]).toEqual(["IP_ENTERPRISE", level, eligible, []]);
  });
  // 「国家级…」 names the level too: （五）「获批建设国家级、省级知识产权运营中心」, （十二）「获批国家级、省级知识产权保护平台载体」
  // 「分别给予最高 20 万元、10 万元」, （十六）「国家级、省级知识产权服务业集聚发展区」「分别给予 50 万元、20 万元」,
  // （二十）「获批国家知识产权培训基地或江苏省知识产权培训基地」.
  it.each([
    ["国家级知识产权运营中心", "OPS_CENTER", "国家级", "200000.00"],
    ["省级知识产权运营中心", "OPS_CENTER", "省级", "200000.00"],
    ["省级知识产权保护平台", "PROTECTION_PLATFORM", "省级", "100000.00"],
    ["国家级知识产权保护平台载体", "PROTECTION_PLATFORM", "国家级", "200000.00"],
    ["国家级知识产权服务业集聚发展区", "SERVICE_CLUSTER", "国家级", "500000.00"],
    ["江苏省知识产权服务业集聚发展区", "SERVICE_CLUSTER", "省级", "200000.00"],
    ["国家知识产权培训基地", "TRAINING_BASE", "国家级", "400000.00"],
    ["江苏省知识产权培训基地", "TRAINING_BASE", "省级", "400000.00"],
  ])("「%s」 with 级别 blank is %s at %s", (item, code, level, eligible) => {
    const r = one({ item, claimed: eligible });
    expect([r.item?.code, r.level?.name, money(r.eligible), codes(r)]).toEqual([code, level, eligible, []]);
  });
  it("a 级别 that contradicts a 国家级 in the item's words is LEVEL_CONFLICT, at the lower amount", () => {
    const r = one({ item: "国家级知识产权保护平台", level: "省级" });
    expect(issue(r, "LEVEL_CONFLICT")).toMatchObject({ named: "国家级", typed: "省级", lower: "省级" });
    expect(money(r.eligible)).toBe("100000.00");
  });
  it("a level word in front of an item that has no such level is no item: 「省级知识产权强县」 stays unknown", () => {
    expect(codes(one({ item: "省级高价值专利培育项目" }))).toContain("UNKNOWN_ITEM");
  });

  // （十二）「对被确定为国家级知识产权保护规范化市场培育对象的，给予 10 万元资金支持」
  it("国家级 on STANDARD_MARKET, the only level it has, is accepted silently", () => {
    const r = one({ item: "STANDARD_MARKET", level: "国家级", claimed: "100000" });
    expect(codes(r)).toEqual([]);
    expect(money(r.approvable)).toBe("100000.00");
  });
  // （十七）「对被确定为国家知识产权强县建设示范县和国家级知识产权强国建设示范园区的，给予 50 万元资金支持」
  it("国家级 on DEMO_COUNTY_PARK is accepted silently; 省级 is still UNKNOWN_LEVEL", () => {
    expect(codes(one({ item: "DEMO_COUNTY_PARK", level: "国家级", claimed: "500000" }))).toEqual([]);
    expect(codes(one({ item: "DEMO_COUNTY_PARK", level: "省级", claimed: "500000" }))).toContain("UNKNOWN_LEVEL");
  });
});

describe("decision 25: a quantity of 0", () => {
  // （二）「每项地理标志保护产品或地理标志商标给予 10 万元奖励」: paid per piece, 0 pieces earn nothing.
  it("GI with 数量 0 claiming 100,000 is eligible 0: the claim is OVER_ELIGIBLE, 不予支持", () => {
    const r = one({ item: "GI", quantity: 0, claimed: "100000" });
    expect(codes(r)).toContain("OVER_ELIGIBLE");
    expect(codes(r)).not.toContain("QUANTITY_IGNORED");
    expect(amounts(r)).toEqual({ requested: "100000.00", approvable: "0.00", pending: "0.00", excess: "100000.00", verdict: "rejected" });
  });
  // （十九）「每项给予最高 2 万元奖励」
  it("IP_STANDARD with 数量 0 is eligible 0", () => {
    expect(money(one({ item: "IP_STANDARD", quantity: 0 }).eligible)).toBe("0.00");
  });
  // （十七）「对获批建设国家地理标志产品保护示范区的，给予 50 万元资金支持」: once per unit.
  it("GI_DEMO_ZONE with 数量 0 is one award, QUANTITY_IGNORED saying the item is paid once", () => {
    const r = one({ item: "GI_DEMO_ZONE", quantity: 0, claimed: "500000" });
    const found = issue(r, "QUANTITY_IGNORED")!;
    expect(render(found, "zh")).toContain("资助一次");
    expect(render(found, "en")).toContain("paid once");
    expect(money(r.approvable)).toBe("500000.00");
  });
});

describe("decision 26: a unit that may be one of two", () => {
  // （三）「每个单位每年不超过 2 万元」
  it("a name-only DATA_IP row approves what both units leave (5,000) and holds the rest of its 10,000 pending", () => {
    const rows = batch([
      { unit: "庚公司", creditCode: HAIZHOU, item: "DATA_IP", quantity: 15 },
      { unit: "庚公司", creditCode: GANYU, item: "DATA_IP", quantity: 5 },
      { unit: "庚公司", creditCode: null, item: "DATA_IP", quantity: 10 },
    ]);
    expect(codes(rows[2])).toContain("UNIT_AMBIGUOUS");
    expect(amounts(rows[2])).toEqual({ requested: "10000.00", approvable: "5000.00", pending: "5000.00", excess: "0.00", verdict: "review" });
  });
  it("the held amount is reserved in each unit's cap: a later row of 赣榆's code gets 20,000 − 5,000 − 10,000", () => {
    const rows = batch([
      { unit: "庚公司", creditCode: HAIZHOU, item: "DATA_IP", quantity: 15 },
      { unit: "庚公司", creditCode: GANYU, item: "DATA_IP", quantity: 5 },
      { unit: "庚公司", creditCode: null, item: "DATA_IP", quantity: 10 },
      { unit: "庚公司", creditCode: GANYU, item: "DATA_IP", quantity: 15 },
    ]);
    expect(money(rows[3].approvable)).toBe("5000.00");
    expect(codes(rows[3])).toContain("CAP_EXCEEDED");
  });
  // （二十）「一次性给予 40 万元资金支持」
  it("a one-time award one candidate already received is withheld: 400,000 pending, nothing refused", () => {
    const history = [entry({ unit: "庚公司", item: "TRAINING_BASE", year: 2025 }, "400000")];
    const rows = batch([nameSeenWith(GANYU, 2), { unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级", claimed: "400000" }], { history });
    expect(codes(rows[1])).not.toContain("ONE_TIME_ONLY");
    expect(amounts(rows[1])).toEqual({ requested: "400000.00", approvable: "0.00", pending: "400000.00", excess: "0.00", verdict: "review" });
  });
  it("a one-time award both candidates received is ONE_TIME_ONLY, 不予支持", () => {
    const history = [
      entry({ unit: "庚公司", item: "TRAINING_BASE", year: 2025 }, "400000"),
      entry({ unit: "庚公司", creditCode: GANYU, item: "TRAINING_BASE", year: 2025 }, "400000"),
    ];
    const r = batch([{ unit: "庚公司", creditCode: null, item: "TRAINING_BASE", level: "省级", claimed: "400000" }], { history })[0];
    expect(codes(r)).toContain("ONE_TIME_ONLY");
    expect(r.verdict).toBe("rejected");
  });
  // （七）「累计获得补助不超过 2 年」: 30% × 10,000 = 3,000.
  it("a third pledge-loan year for one candidate only is pending, not TWO_YEAR_LIMIT", () => {
    const history = [
      entry({ unit: "庚公司", item: "PLEDGE_LOAN", year: 2025 }, "3000"),
      entry({ unit: "庚公司", item: "PLEDGE_LOAN", year: 2026 }, "3000"),
    ];
    const rows = batch([nameSeenWith(GANYU, 2), { unit: "庚公司", creditCode: null, item: "PLEDGE_LOAN", year: 2027, eventDate: "2027-03-01", base: "10000", months: 12 }], { history });
    expect(codes(rows[1])).not.toContain("TWO_YEAR_LIMIT");
    expect(amounts(rows[1])).toEqual({ requested: "3000.00", approvable: "0.00", pending: "3000.00", excess: "0.00", verdict: "review" });
  });
});

describe("decision 27: levels in the history", () => {
  // （十八）「分别给予 5 万元、2 万元奖励」: 20,000 can only be 优势企业.
  it("an entry without 级别 of 20,000 is 优势企业: a 优势企业 row is DUPLICATE, a 示范企业 row is approved 50,000", () => {
    const history = [entry({ item: "IP_ENTERPRISE", year: 2025 }, "20000")];
    const [adv, demo] = batch([{ item: "IP_ENTERPRISE", level: "优势企业" }, { item: "IP_ENTERPRISE", level: "示范企业" }], { history });
    expect(issue(adv, "DUPLICATE")).toMatchObject({ first: "history" });
    expect(codes(demo)).not.toContain("DUPLICATE");
    expect(money(demo.approvable)).toBe("50000.00");
  });
  it("an entry of 30,000 matches no level: the unit's IP_ENTERPRISE rows are 待核实 (HISTORY_LEVEL_UNKNOWN)", () => {
    const history = [entry({ item: "IP_ENTERPRISE", year: 2025 }, "30000")];
    const r = batch([{ item: "IP_ENTERPRISE", level: "示范企业" }], { history })[0];
    expect(issue(r, "HISTORY_LEVEL_UNKNOWN")).toMatchObject({ year: 2025, approved: 3_000_000 });
    expect(amounts(r)).toEqual({ requested: "50000.00", approvable: "0.00", pending: "50000.00", excess: "0.00", verdict: "review" });
  });
  // （十四）「给予 20 万元资金支持」 for each of the three: 200,000 matches three levels, which is matching none.
  it("an INFO_OUTLET entry of 200,000 matches all three kinds and is treated as matching none", () => {
    const history = [entry({ item: "INFO_OUTLET", year: 2025 }, "200000")];
    const r = batch([{ item: "INFO_OUTLET", level: "TISC" }], { history })[0];
    expect(codes(r)).toContain("HISTORY_LEVEL_UNKNOWN");
    expect(r.verdict).toBe("review");
  });
  it("an entry whose 级别 column says 示范企业 counts for that level whatever its amount", () => {
    const history = [entry({ item: "IP_ENTERPRISE", year: 2025, level: "示范企业" }, "30000")];
    const [demo, adv] = batch([{ item: "IP_ENTERPRISE", level: "示范企业" }, { item: "IP_ENTERPRISE", level: "优势企业" }], { history });
    expect(codes(demo)).toContain("DUPLICATE");
    expect(adv.verdict).toBe("approved");
  });
  // 「连政发〔2021〕79 号同时废止」: an award under the repealed policy counts toward no rule of this one.
  it("an entry of 2024 counts toward nothing: TRAINING_BASE is still approved 400,000", () => {
    const history = [entry({ item: "TRAINING_BASE", year: 2024 }, "400000")];
    const r = batch([{ item: "TRAINING_BASE", level: "国家级", claimed: "400000" }], { history })[0];
    expect(codes(r)).not.toContain("ONE_TIME_ONLY");
    expect(money(r.approvable)).toBe("400000.00");
  });
});

describe("decision 5: the parts of one loan in time order", () => {
  // （七）「对贷款利息及评估等服务费用给予最高30％的补助…单笔贷款利息补助不超过 1 年」
  it("parts are taken by event date, not typed order: the earlier 12-month part counts, the later one typed first gets LOAN_MONTHS_USED", () => {
    const [later, earlier] = batch([
      { item: "PLEDGE_LOAN", base: "60000", months: 6, refNo: "HT-7", eventDate: "2026-09-01", claimed: "18000" },
      { item: "PLEDGE_LOAN", base: "120000", months: 12, refNo: "HT-7", eventDate: "2026-03-01" },
    ]);
    // 30% × 120,000 = 36,000.
    expect(money(earlier.approvable)).toBe("36000.00");
    expect(codes(earlier)).not.toContain("LOAN_MONTHS_USED");
    expect(issue(later, "LOAN_MONTHS_USED")).toMatchObject({ first: { file: 0, row: 3 } });
    expect(amounts(later)).toEqual({ requested: "18000.00", approvable: "0.00", pending: "0.00", excess: "18000.00", verdict: "rejected" });
  });
  it("parts of different application years go by year before date", () => {
    const [y27, y26] = batch([
      { item: "PLEDGE_LOAN", base: "120000", months: 12, refNo: "HT-8", year: 2027, eventDate: "2027-01-01" },
      { item: "PLEDGE_LOAN", base: "120000", months: 12, refNo: "HT-8", year: 2026, eventDate: "2026-12-01" },
    ]);
    expect(codes(y26)).not.toContain("LOAN_MONTHS_USED");
    expect(codes(y27)).toContain("LOAN_MONTHS_USED");
  });
  it("a part crossing month 12 counts interest × months left / its months: 60,000 × 4/6 + 10,000 fees, × 30% = 15,000", () => {
    const [, second] = batch([
      { item: "PLEDGE_LOAN", base: "100000", months: 8, refNo: "HT-9", eventDate: "2026-01-10" },
      { item: "PLEDGE_LOAN", base: "60000", months: 6, fees: "10000", refNo: "HT-9", eventDate: "2026-09-10" },
    ]);
    expect(money(second.eligible)).toBe("15000.00");
  });
  it("a part after the 12 months is a warning; its interest counts 0, its fees × 30%: 10,000 → 3,000 approved", () => {
    const [, after] = batch([
      { item: "PLEDGE_LOAN", base: "120000", months: 12, refNo: "HT-10", eventDate: "2026-01-10" },
      { item: "PLEDGE_LOAN", base: "30000", months: 3, fees: "10000", refNo: "HT-10", eventDate: "2026-12-10", claimed: "3000" },
    ]);
    expect(issue(after, "LOAN_MONTHS_USED")).toBeDefined();
    expect(after.status).toBe("warning");
    expect(amounts(after)).toEqual({ requested: "3000.00", approvable: "3000.00", pending: "0.00", excess: "0.00", verdict: "approved" });
  });
});

describe("decision 12: the period's messages cite its paragraph in the clause field", () => {
  // 「本政策措施自 2025 年 6 月 1 日起实施，有效期至 2030 年 5月 31 日」
  const headerOf = () => undefined;
  it("OUT_OF_PERIOD's clause in the JSON is 施行期限, not the item's clause", () => {
    const r = one({ item: "GI", year: 2025, eventDate: "2025-05-31" });
    expect(messageJson(issue(r, "OUT_OF_PERIOD")!, headerOf).clause).toBe("施行期限");
  });
  it("NO_EVENT_DATE's clause in the JSON is 施行期限", () => {
    const r = one({ item: "GI", eventDate: null });
    expect(messageJson(issue(r, "NO_EVENT_DATE")!, headerOf).clause).toBe("施行期限");
  });
});

describe("decision 28: CAP_EXCEEDED points at the first row that used the cap and names every file", () => {
  // （三）「每个单位每年不超过 2 万元」: six rows of 2,000 in 甲, one of 4,000 in 乙, 16,000 used; 4,000 left.
  const names = ["甲.xlsx", "乙.xlsx", "丙.xlsx"];
  const files = [
    Array.from({ length: 6 }, (_, i) => claim({ file: 0, row: i + 2, item: "DATA_IP", quantity: 2 })),
    [claim({ file: 1, row: 2, item: "DATA_IP", quantity: 4 })],
    [claim({ file: 2, row: 2, item: "DATA_IP", quantity: 5 })],
  ];
  const cut = () => checkBatch(files, { fileName: (i) => names[i] })[2][0];
  it("`first` is the first earlier row (甲 row 2), not the last", () => {
    expect(firstOf(issue(cut(), "CAP_EXCEEDED")!)).toMatchObject({ file: 0, row: 2 });
    expect(money(cut().approvable)).toBe("4000.00");
  });
  it("the message names both files, though it lists only five of the seven rows", () => {
    const text = render(issue(cut(), "CAP_EXCEEDED")!, "zh");
    expect(text).toContain("等 7 行");
    expect(text).toContain("「甲.xlsx」");
    expect(text).toContain("「乙.xlsx」");
    expect(render(issue(cut(), "CAP_EXCEEDED")!, "en")).toContain('"乙.xlsx"');
  });
});

describe("decision 23: a pending row's calculation says its amount is pending", () => {
  it("the running cap step of a 待核实 row says 待核实, not 可核定", () => {
    const [, b] = batch([
      { item: "ENFORCEMENT_DOMESTIC", base: "300000", outcome: WON, claimed: "90000" },
      { item: "ENFORCEMENT_DOMESTIC", base: "200000", outcome: null, claimed: "60000" },
    ]);
    expect(renderExplain(b.explain, "zh")).toContain("本行待核实 10,000.00 元");
    expect(renderExplain(b.explain, "en")).toContain("10,000.00 yuan pending review on this row");
  });
});
