/** MEASURES.md decisions 1–19, each pinned by the case that tells it apart. */
import { checkBatch, formatMoney, renderExplain, type RowResult } from "../../src/engine";
import { claim, codes, type ClaimSpec } from "../support/claims";

const one = (spec: ClaimSpec): RowResult => checkBatch([[claim(spec)]])[0][0];
const money = (m: RowResult["eligible"]) => formatMoney(m);

const HAIZHOU = "91320706MA1XKQ8L3T";
const LIANYUN = "91320703MA1YT4C2XC";
const BEIJING = "91110108MA01A2B3CF";

describe("1. up to vs fixed", () => {
  it("a claim below a ceiling passes without a warning", () => {
    const r = one({ item: "PATENT_NAV", outcome: "通过验收", claimed: "150000" });
    expect(r.status).toBe("ok");
    expect(money(r.approvable)).toBe("150000.00");
  });
  it("a claim equal to a ceiling passes; 0.01 above it is OVER_ELIGIBLE", () => {
    expect(one({ item: "PATENT_NAV", outcome: "通过验收", claimed: "200000" }).status).toBe("ok");
    const over = one({ item: "PATENT_NAV", outcome: "通过验收", claimed: "200000.01" });
    expect(codes(over)).toEqual(["OVER_ELIGIBLE"]);
    expect(money(over.approvable)).toBe("200000.00");
    expect(money(over.excess)).toBe("0.01");
  });
  it("a claim below a fixed standard passes with BELOW_STANDARD", () => {
    const r = one({ item: "GI", claimed: "80000" });
    expect(codes(r)).toEqual(["BELOW_STANDARD"]);
    expect(r.status).toBe("warning");
    expect(money(r.approvable)).toBe("80000.00");
  });
  it("a fixed amount depends on the level: 国家级 and 省级 集聚发展区 get 500,000 and 200,000", () => {
    expect(money(one({ item: "SERVICE_CLUSTER", level: "国家级" }).eligible)).toBe("500000.00");
    expect(money(one({ item: "SERVICE_CLUSTER", level: "省" }).eligible)).toBe("200000.00");
  });
  it("a level the item lacks is UNKNOWN_LEVEL and lists the accepted ones", () => {
    const r = one({ item: "IP_ENTERPRISE", level: "国家级" });
    expect(codes(r)).toContain("UNKNOWN_LEVEL");
    expect(r.issues.find((i) => i.code === "UNKNOWN_LEVEL")).toMatchObject({ accepted: ["示范企业", "优势企业"] });
    expect(money(r.approvable)).toBe("0.00");
  });
  it("a required level left empty is MISSING_VALUE", () => {
    expect(codes(one({ item: "PROTECTION_PLATFORM" }))).toContain("MISSING_VALUE");
  });
});

describe("2. rates are ceilings where the text says 最高", () => {
  it("a lower yearly rate is applied", () => {
    const [[r]] = checkBatch([[claim({ item: "PLEDGE_LOAN", base: "100000", months: 12 })]], {
      settings: { rates: { PLEDGE_LOAN: new (require("../../src/engine").Decimal)("0.25") } },
    });
    expect(money(r.eligible)).toBe("25000.00");
    expect(renderExplain(r.explain, "zh")).toBe("(贷款利息 100,000.00 元) × 25% = 25,000.00 元");
  });
  it("a row's 补助比例 60% above the clause's 50% is RATE_ABOVE_MAX, computed at 50%, its claim beyond that excess", () => {
    // （七）「对保费给予最高 50%的补助」: the row is not ineligible; what it claims above 50% is excess.
    const r = one({ item: "IP_INSURANCE", base: "10000", rate: "0.6", claimed: "6000" });
    expect(codes(r)).toContain("RATE_ABOVE_MAX");
    expect(money(r.eligible)).toBe("5000.00");
    expect(money(r.approvable)).toBe("5000.00");
    expect(money(r.excess)).toBe("1000.00");
  });
  it("a rate exactly at the maximum is accepted", () => {
    expect(codes(one({ item: "IP_INSURANCE", base: "10000", rate: "0.5", claimed: "5000" }))).toEqual([]);
  });
  it("ENFORCEMENT_OVERSEAS and PATENT_PRIZE pay a flat 50%", () => {
    expect(money(one({ item: "PATENT_PRIZE", base: "300000" }).eligible)).toBe("150000.00");
  });
});

describe("3. rounding half-up to the 分", () => {
  it("30% × 100,000 × 12/13 = 27692.307… → 27692.31", () => {
    expect(money(one({ item: "PLEDGE_LOAN", base: "100000", months: 13 }).eligible)).toBe("27692.31");
  });
  it("50% × 0.01 = 0.005 → 0.01 (half-up, not banker's)", () => {
    expect(money(one({ item: "IP_INSURANCE", base: "0.01" }).eligible)).toBe("0.01");
  });
});

describe("4. per full ten", () => {
  it.each([[9, "0.00"], [10, "10000.00"], [19, "10000.00"], [20, "20000.00"], [25, "20000.00"]])(
    "MEDIATION %i cases earn %s", (cases, amount) => {
      expect(money(one({ item: "MEDIATION", quantity: cases }).eligible)).toBe(amount);
    });
  it("OPEN_LICENSE_DECLARE 9 patents earn nothing", () => {
    expect(money(one({ item: "OPEN_LICENSE_DECLARE", quantity: 9 }).eligible)).toBe("0.00");
  });
});

describe("5. loan interest for at most twelve months", () => {
  it("12 months count in full", () => {
    expect(money(one({ item: "PLEDGE_LOAN", base: "120000", months: 12 }).eligible)).toBe("36000.00");
  });
  it("13 months count 12/13 of the interest", () => {
    expect(money(one({ item: "PLEDGE_LOAN", base: "130000", months: 13 }).eligible)).toBe("36000.00");
  });
  it("service fees count in full whatever the term", () => {
    expect(money(one({ item: "PLEDGE_LOAN", base: "240000", months: 24, fees: "10000" }).eligible)).toBe("39000.00");
  });
  it("months 0 is a bad number", () => {
    expect(codes(one({ item: "PLEDGE_LOAN", base: "1000", months: 0 }))).toContain("BAD_NUMBER");
  });
});

describe("6. two years at most", () => {
  const loan = (year: number) => claim({ item: "PLEDGE_LOAN", base: "10000", months: 12, year, eventDate: `${year}-03-01`, creditCode: HAIZHOU });
  it("a third distinct year is TWO_YEAR_LIMIT", () => {
    const [rows] = checkBatch([[loan(2025 + 1), loan(2027), loan(2028)]]);
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([false, false, true]);
  });
  it("two rows in one year count as one year", () => {
    const [rows] = checkBatch([[loan(2026), loan(2026), loan(2027)]]);
    expect(rows.some((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toBe(false);
  });
  it("history counts: two earlier years make this year the third", () => {
    const { Decimal } = require("../../src/engine");
    const history = [2026, 2027].map((year) => ({ unit: null, creditCode: HAIZHOU, year, item: "PLEDGE_LOAN" as const, approved: new Decimal(1000) }));
    const [[r]] = checkBatch([[loan(2028)]], { history });
    expect(codes(r)).toContain("TWO_YEAR_LIMIT");
  });
  it("the earliest years are allowed whatever the row order", () => {
    const [rows] = checkBatch([[loan(2028), loan(2026), loan(2027)]]);
    expect(rows.map((r) => codes(r).includes("TWO_YEAR_LIMIT"))).toEqual([true, false, false]);
  });
});

describe("7–8. annual caps per group, unit and year", () => {
  it("a cap reached exactly passes; one more 分 is CAP_EXCEEDED", () => {
    const [rows] = checkBatch([[
      claim({ item: "IP_INSURANCE", base: "60000", claimed: "30000" }),
      claim({ item: "IP_INSURANCE", base: "40000", claimed: "20000" }),
      claim({ item: "IP_INSURANCE", base: "0.02", claimed: "0.01" }),
    ]]);
    expect(rows.map((r) => r.status)).toEqual(["ok", "ok", "error"]);
    expect(codes(rows[2])).toEqual(["CAP_EXCEEDED"]);
    expect(money(rows[2].approvable)).toBe("0.00");
    expect(money(rows[2].excess)).toBe("0.01");
  });
  it("caps count per year: the same unit next year starts afresh", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 20, year: 2026, claimed: "20000" }),
      claim({ item: "DATA_IP", quantity: 20, year: 2027, eventDate: "2027-02-01", claimed: "20000" }),
    ]]);
    expect(rows.map((r) => r.status)).toEqual(["ok", "ok"]);
  });
  it("caps count per unit: another unit has its own cap", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 20, unit: "甲公司", creditCode: null, claimed: "20000" }),
      claim({ item: "DATA_IP", quantity: 20, unit: "乙公司", creditCode: null, claimed: "20000" }),
    ]]);
    expect(rows.map((r) => codes(r))).toEqual([["NO_CREDIT_CODE"], ["NO_CREDIT_CODE"]]);
  });
  it("domestic and overseas enforcement have separate caps", () => {
    const [rows] = checkBatch([[
      claim({ item: "ENFORCEMENT_DOMESTIC", base: "400000", outcome: "判决胜诉且已生效", claimed: "100000" }),
      claim({ item: "ENFORCEMENT_OVERSEAS", base: "400000", outcome: "胜诉", claimed: "200000" }),
    ]]);
    expect(rows.map((r) => r.status)).toEqual(["ok", "ok"]);
  });
  it("files count in the order given: the later file's row is the one cut", () => {
    const [[a], [b]] = checkBatch([
      [claim({ file: 0, item: "MEDIATION", quantity: 150, claimed: "150000", unit: "调解中心", creditCode: null })],
      [claim({ file: 1, item: "MEDIATION", quantity: 100, claimed: "100000", unit: "调解中心", creditCode: null })],
    ]);
    expect(money(a.approvable)).toBe("150000.00");
    expect(money(b.approvable)).toBe("50000.00");
  });
  it("earlier approvals in the history use the cap first", () => {
    const { Decimal } = require("../../src/engine");
    const [[r]] = checkBatch([[claim({ item: "IP_INSURANCE", base: "20000", claimed: "10000", creditCode: HAIZHOU })]], {
      history: [{ unit: "别名", creditCode: HAIZHOU, year: 2026, item: "IP_INSURANCE", approved: new Decimal("45000") }],
    });
    expect(money(r.approvable)).toBe("5000.00");
    expect(codes(r)).toContain("CAP_EXCEEDED");
  });
  it("an ineligible row uses none of the cap and its excess is its whole request", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 20, claimed: "20000", eventDate: "2025-05-31" }),
      claim({ item: "DATA_IP", quantity: 20, claimed: "20000" }),
    ]]);
    expect(money(rows[0].approvable)).toBe("0.00");
    expect(money(rows[0].eligible)).toBe("0.00");
    expect(money(rows[0].excess)).toBe("20000.00");
    expect(rows[1].status).toBe("ok");
  });
  it("a claim over the eligible amount and over the cap carries both codes", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 15, claimed: "15000" }),
      claim({ item: "DATA_IP", quantity: 10, claimed: "12000" }),
    ]]);
    expect(codes(rows[1]).sort()).toEqual(["CAP_EXCEEDED", "OVER_ELIGIBLE"]);
    expect(money(rows[1].approvable)).toBe("5000.00");
    expect(money(rows[1].excess)).toBe("7000.00");
  });
});

describe("9. one time only", () => {
  it("a second TRAINING_BASE for the unit, in any year, is ONE_TIME_ONLY", () => {
    const [rows] = checkBatch([[
      claim({ item: "TRAINING_BASE", level: "省级", creditCode: HAIZHOU }),
      claim({ item: "TRAINING_BASE", level: "国家级", creditCode: HAIZHOU, year: 2028, eventDate: "2028-01-05" }),
    ]]);
    expect(codes(rows[1])).toContain("ONE_TIME_ONLY");
    expect(codes(rows[0])).not.toContain("ONE_TIME_ONLY");
  });
  it("a history award makes the first row in the file the second", () => {
    const { Decimal } = require("../../src/engine");
    const [[r]] = checkBatch([[claim({ item: "IP_COURSE", unit: "连云港某大学", creditCode: null, claimed: "50000" })]], {
      history: [{ unit: "连云港某大学", creditCode: null, year: 2025, item: "IP_COURSE", approved: new Decimal(80000) }],
    });
    expect(r.issues.find((i) => i.code === "ONE_TIME_ONLY")).toMatchObject({ first: "history", firstYear: 2025 });
  });
});

describe("10. duplicates", () => {
  it("same unit, item and reference: the later row is DUPLICATE", () => {
    const [rows] = checkBatch([[
      claim({ item: "GI", refNo: "GI-2026-001" }),
      claim({ item: "GI", refNo: "gi-2026-001 " }),
    ]]);
    expect(codes(rows[1])).toContain("DUPLICATE");
    expect(rows[1].issues.find((i) => i.code === "DUPLICATE")).toMatchObject({ first: rows[0].ref });
  });
  it("the same reference under another item is not a duplicate", () => {
    const [rows] = checkBatch([[claim({ item: "GI", refNo: "X1" }), claim({ item: "GI_PROMOTION_LIST", refNo: "X1" })]]);
    expect(codes(rows[1])).not.toContain("DUPLICATE");
  });
});

describe("11. unit identity", () => {
  it("a valid credit code joins rows whose names differ", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 20, unit: "连云港甲有限公司", creditCode: LIANYUN, claimed: "20000" }),
      claim({ item: "DATA_IP", quantity: 1, unit: "连云港甲公司（分部）", creditCode: LIANYUN, claimed: "1000" }),
    ]]);
    expect(codes(rows[1])).toContain("CAP_EXCEEDED");
  });
  it("names match across full-width and half-width forms, spaces and brackets", () => {
    const [rows] = checkBatch([[
      claim({ item: "DATA_IP", quantity: 20, unit: "连云港（甲）科技", creditCode: null, claimed: "20000" }),
      claim({ item: "DATA_IP", quantity: 1, unit: "连云港 (甲) 科技", creditCode: null, claimed: "1000" }),
    ]]);
    expect(codes(rows[1])).toContain("CAP_EXCEEDED");
  });
  it("an invalid credit code is a warning and the name is used", () => {
    const r = one({ item: "GI", creditCode: "91320706MA1XKQ8L3A" });
    expect(codes(r)).toContain("BAD_CREDIT_CODE");
    expect(r.unitKey).toBe("name:连云港示例科技有限公司");
  });
  it("an empty credit code is NO_CREDIT_CODE", () => {
    expect(codes(one({ item: "GI", creditCode: null }))).toContain("NO_CREDIT_CODE");
  });
});

describe("12. the period 2025-06-01 to 2030-05-31", () => {
  it.each([["2025-05-31", true], ["2025-06-01", false], ["2030-05-31", false], ["2030-06-01", true]])(
    "an event on %s is out of period: %s", (date, out) => {
      expect(codes(one({ item: "GI", eventDate: date, year: Number(date.slice(0, 4)) })).includes("OUT_OF_PERIOD")).toBe(out);
    });
  it("no event date is a warning, not an error", () => {
    const r = one({ item: "GI", eventDate: null, claimed: "100000", creditCode: HAIZHOU });
    expect(codes(r)).toEqual(["NO_EVENT_DATE"]);
    expect(r.status).toBe("warning");
  });
});

describe("13 and 16. talent awards", () => {
  it("the same person twice under the same item is a duplicate", () => {
    const [rows] = checkBatch([[
      claim({ item: "PATENT_ATTORNEY", quantity: 1, personId: "320706199001011234", startDate: "2024-01-01" }),
      claim({ item: "PATENT_ATTORNEY", quantity: 1, personId: "320706199001011234", startDate: "2024-01-01" }),
    ]]);
    expect(rows[1].issues.find((i) => i.code === "DUPLICATE")).toMatchObject({ by: "person" });
  });
  it("exactly one year before the event date is a full year; one day less is not", () => {
    expect(codes(one({ item: "PATENT_ATTORNEY", quantity: 1, startDate: "2025-03-01", eventDate: "2026-03-01" }))).not.toContain("NOT_FULL_YEAR");
    expect(codes(one({ item: "PATENT_ATTORNEY", quantity: 1, startDate: "2025-03-02", eventDate: "2026-03-01" }))).toContain("NOT_FULL_YEAR");
  });
  it("with no event date the year's 31 December is the day of reckoning", () => {
    expect(codes(one({ item: "PATENT_ATTORNEY", quantity: 1, startDate: "2025-12-31", eventDate: null, year: 2026 }))).not.toContain("NOT_FULL_YEAR");
    expect(codes(one({ item: "PATENT_ATTORNEY", quantity: 1, startDate: "2026-01-01", eventDate: null, year: 2026 }))).toContain("NOT_FULL_YEAR");
  });
  it("no start date is a warning", () => {
    expect(codes(one({ item: "PATENT_ATTORNEY", quantity: 2 }))).toContain("NO_START_DATE");
  });
  it("persons are the quantity: 3 patent attorneys earn 18,000", () => {
    expect(money(one({ item: "PATENT_ATTORNEY", quantity: 3, startDate: "2024-01-01" }).eligible)).toBe("18000.00");
  });
});

describe("14. no amount in clause （四）", () => {
  it("any claim under OVERSEAS_LAYOUT is NO_AMOUNT_CLAUSE citing （四）", () => {
    const r = one({ item: "PCT", claimed: "10000" });
    expect(r.issues.find((i) => i.code === "NO_AMOUNT_CLAUSE")).toMatchObject({ clause: "（四）" });
    expect(money(r.approvable)).toBe("0.00");
    expect(money(r.excess)).toBe("10000.00");
  });
});

describe("15. claimed vs eligible", () => {
  it("a blank claim takes the eligible amount with NO_CLAIM", () => {
    const r = one({ item: "GI", claimed: null });
    expect(codes(r)).toContain("NO_CLAIM");
    expect(money(r.approvable)).toBe("100000.00");
    expect(r.claimed).toBeNull();
  });
  it("a claim of 0 approves 0", () => {
    const r = one({ item: "PATENT_NAV", outcome: "已验收", claimed: "0" });
    expect(money(r.approvable)).toBe("0.00");
    expect(money(r.excess)).toBe("0.00");
  });
});

describe("17. conditions from the outcome column", () => {
  it.each([["胜诉生效", false], ["和解获益", false], ["撤诉获益", false], ["败诉", true], ["审理中", true], ["未生效", true]])(
    "domestic enforcement %s → condition not met: %s", (outcome, failed) => {
      expect(codes(one({ item: "ENFORCEMENT_DOMESTIC", base: "1000", outcome })).includes("CONDITION_NOT_MET")).toBe(failed);
    });
  it("overseas: a settlement stating the applicant infringes does not qualify", () => {
    expect(codes(one({ item: "ENFORCEMENT_OVERSEAS", base: "1000", outcome: "和解（载明侵权）" }))).toContain("CONDITION_NOT_MET");
  });
  it("acceptance: 验收不通过 fails, 结题 passes, empty is CONDITION_UNSTATED", () => {
    expect(codes(one({ item: "IP_RESEARCH", outcome: "验收不通过" }))).toContain("CONDITION_NOT_MET");
    expect(codes(one({ item: "IP_RESEARCH", outcome: "结题" }))).not.toContain("CONDITION_NOT_MET");
    const unstated = one({ item: "IP_RESEARCH", claimed: "1000" });
    expect(codes(unstated)).toContain("CONDITION_UNSTATED");
    expect(unstated.status).toBe("warning");
  });
});

describe("18–19. where the unit is registered", () => {
  it("a code outside 3207 is NOT_LOCAL", () => {
    expect(codes(one({ item: "GI", creditCode: BEIJING }))).toContain("NOT_LOCAL");
  });
  it("a district that contradicts the code is a warning", () => {
    const r = one({ item: "GI", creditCode: HAIZHOU, district: "赣榆区", claimed: "100000" });
    expect(codes(r)).toEqual(["DISTRICT_MISMATCH"]);
    expect(r.status).toBe("warning");
  });
  it("the district matching the code is fine, also as 海州", () => {
    expect(codes(one({ item: "GI", creditCode: HAIZHOU, district: "海州", claimed: "100000" }))).toEqual([]);
  });
  it("a functional zone never contradicts a code", () => {
    expect(codes(one({ item: "GI", creditCode: HAIZHOU, district: "开发区", claimed: "100000" }))).toEqual([]);
  });
  it("a district written with its city (连云港市海州区, 江苏省连云港市开发区) is that district", () => {
    for (const district of ["连云港市海州区", "江苏省连云港市海州区", "连云港海州区", "连云港市开发区"]) {
      expect([district, codes(one({ item: "GI", creditCode: HAIZHOU, district, claimed: "100000" }))]).toEqual([district, []]);
    }
    expect(codes(one({ item: "GI", creditCode: HAIZHOU, district: "连云港市赣榆区", claimed: "100000" }))).toEqual(["DISTRICT_MISMATCH"]);
  });
  it("another city's district, or the city alone, is still UNKNOWN_DISTRICT", () => {
    for (const district of ["南京市鼓楼区", "连云港市", "连云港市区"]) {
      expect([district, codes(one({ item: "GI", creditCode: HAIZHOU, district, claimed: "100000" }))]).toEqual([district, ["UNKNOWN_DISTRICT"]]);
    }
  });
  it("another value is UNKNOWN_DISTRICT", () => {
    expect(codes(one({ item: "GI", creditCode: HAIZHOU, district: "鼓楼区", claimed: "100000" }))).toEqual(["UNKNOWN_DISTRICT"]);
  });
});

describe("items as typed", () => {
  it("the code, the Chinese name, an alias and a single-item clause all resolve", () => {
    for (const item of ["GI", "地理标志保护产品、地理标志商标", "地理标志", "（二）", "第二条"]) {
      expect(one({ item, claimed: "100000" }).item?.code).toBe("GI");
    }
  });
  it("a clause with several items names them all: （七） is AMBIGUOUS_ITEM listing loan, securitisation and insurance", () => {
    const r = one({ item: "（七）" });
    expect(codes(r)).toContain("AMBIGUOUS_ITEM");
    expect(r.issues.find((i) => i.code === "AMBIGUOUS_ITEM")).toMatchObject({ candidates: ["知识产权质押融资贷款利息及评估等服务费用补助", "知识产权证券化", "知识产权保险"] });
  });
  it("an unknown item lists the closest", () => {
    const r = one({ item: "质押融资贴息补助" });
    const issue = r.issues.find((i) => i.code === "UNKNOWN_ITEM");
    expect(issue && "closest" in issue && issue.closest[0]).toBe("知识产权质押融资贷款利息及评估等服务费用补助");
  });
});

describe("values from formulas", () => {
  it("a row whose claim came from a formula's cached value says so in its explanation", () => {
    const row = { ...claim({ item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "30000" }), fromFormula: new Set(["claimed" as const]) };
    const [[r]] = checkBatch([[row]]);
    expect(renderExplain(r.explain, "zh")).toBe("(贷款利息 100,000.00 元) × 30% = 30,000.00 元（申请金额（元）取自公式的计算结果）");
    expect(money(r.approvable)).toBe("30000.00");
  });
});
