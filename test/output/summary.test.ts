import { EDITION } from "../../src/policy";
import { planAnnotation } from "../../src/output/plan";
import type { PlanRow } from "../../src/output/types";
import { layoutOf, result } from "./fixtures";

const layout = layoutOf(["unit", "district", "year", "item", "claimed"]);
const overEligible = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: "50000.00", eligible: "42000.00" } as const;
const noClaim = { code: "NO_CLAIM", field: "claimed", clause: "（二）", eligible: "300000.00" } as const;

const results = [
  result({ row: 2, item: "PLEDGE_LOAN", district: "海州", year: 2026, claimed: "42000.00", approvable: "42000.00" }),
  result({ row: 3, item: "PLEDGE_LOAN", district: "赣榆区", year: 2025, claimed: "50000.05", approvable: "42000.00", excess: "8000.05", issues: [overEligible] }),
  result({ row: 4, item: "GI", district: "海州区", year: 2026, claimed: null, approvable: "300000.00", issues: [noClaim] }),
  result({ row: 5, item: null, typedItem: "不知道", district: "=外地", year: null, claimed: "1000.00", approvable: "0", excess: "1000.00", status: "error" }),
  result({ row: 6, item: "GI", district: null, year: 2026, claimed: "0.10", approvable: "0.10" }),
];
const sheet = planAnnotation(layout, results, { fileLabel: "申报表.xlsx" }).summarySheet;

/** The rows after the section titled `title`, up to the next blank row (header row included). */
function section(title: string): PlanRow[] {
  const start = sheet.rows.findIndex((r) => r.values[0] === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: PlanRow[] = [];
  for (const r of sheet.rows.slice(start + 1)) {
    if (r.values.length === 0) break;
    out.push(r);
  }
  return out;
}

describe("汇总 sheet", () => {
  it("names the policy edition and the file", () => {
    expect(sheet.name).toBe("汇总");
    const flat = sheet.rows.flatMap((r) => r.values).join(" ");
    expect(flat).toContain(EDITION.title);
    expect(flat).toContain("申报表.xlsx");
  });

  it("totals by item in the policy's order, unrecognised items last, with the grand total", () => {
    const rows = section("按支持事项汇总");
    expect(rows[0].values).toEqual(["代码", "支持事项", "条款", "行数", "申请金额（元）", "可核定金额（元）", "超出金额（元）"]);
    expect(rows.slice(1).map((r) => r.values)).toEqual([
      ["GI", "地理标志保护产品、地理标志商标", "（二）", 2, 300000.1, 300000.1, 0],
      ["PLEDGE_LOAN", "知识产权质押融资贷款利息及评估等服务费用补助", "（七）", 2, 92000.05, 84000, 8000.05],
      ["", "（未识别）", "", 1, 1000, 0, 1000],
      ["合计", "", "", 5, 393000.15, 384000.1, 9000.05],
      ["可核定金额合计（大写）", "叁拾捌万肆仟元壹角"],
    ]);
    expect(rows[1].moneyColumns).toEqual([4, 5, 6]);
  });

  it("a blank claim requests its eligible amount, so 申请 = 可核定 + 超出 in every total (GI row 4 claimed nothing)", () => {
    const gi = section("按支持事项汇总").find((r) => r.values[0] === "GI")!;
    expect(gi.values[4]).toBe(300000.1);
    for (const title of ["按支持事项汇总", "按所属县区汇总", "按申报年度汇总"]) {
      for (const r of section(title).slice(1)) {
        const money = r.values.filter((v): v is number => typeof v === "number").slice(-3);
        if (money.length === 3) expect(Math.round(money[0] * 100)).toBe(Math.round((money[1] + money[2]) * 100));
      }
    }
  });

  it("totals by district: aliases resolved, the city's order, unknown names verbatim, blanks last", () => {
    const rows = section("按所属县区汇总");
    expect(rows.slice(1).map((r) => r.values.slice(0, 4))).toEqual([
      ["海州区", 2, 342000, 342000],
      ["赣榆区", 1, 50000.05, 42000],
      ["=外地", 1, 1000, 0],
      ["（未填写）", 1, 0.1, 0.1],
    ]);
    expect(rows[1].moneyColumns).toEqual([2, 3, 4]);
  });

  it("totals by year, in order, blanks last", () => {
    const rows = section("按申报年度汇总");
    expect(rows.slice(1).map((r) => r.values.slice(0, 2))).toEqual([[2025, 1], [2026, 3], ["（未填写）", 1]]);
  });

  it("counts rows by result", () => {
    expect(section("按审核结果统计").map((r) => r.values)).toEqual([
      ["审核结果", "行数"], ["通过", 2], ["有警告", 1], ["有错误", 2], ["合计", 5],
    ]);
  });

  it("writes 大写 with 整 for a whole amount", () => {
    const s = planAnnotation(layout, [result({ row: 2, item: "GI", approvable: "100000.00" })]).summarySheet;
    expect(s.rows.find((r) => r.values[0] === "可核定金额合计（大写）")!.values[1]).toBe("壹拾万元整");
  });
});
