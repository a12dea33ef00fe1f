/**
 * 汇总 as the PivotTables over 审核明细 show it: the figures in the cells where each pivot lays them out,
 * summed to the 分, and the charts over the pivots' 合计 columns.
 */
import { EDITION, itemByCode } from "../../src/policy";
import { planAnnotation } from "../../src/output/plan";
import type { PlanRow } from "../../src/output/types";
import { buildDetailSheet, DETAIL_COLUMNS, detailRows } from "../../src/output/detail";
import { summaryLayout } from "../../src/output/summaryLayout";
import { planSheetWidths } from "../../src/output/widths";
import { layoutOf, result } from "./fixtures";

const LOAN = itemByCode("PLEDGE_LOAN").name;
const layout = layoutOf(["unit", "district", "year", "item", "claimed"]);
const overEligible = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: 5_000_000, eligible: 4_200_000 } as const;
const noClaim = { code: "NO_CLAIM", field: "claimed", clause: "（二）", eligible: 30_000_000 } as const;

const results = [
  result({ row: 2, item: "PLEDGE_LOAN", district: "海州", year: 2026, claimed: "42000.00", approvable: "42000.00" }),
  result({ row: 3, item: "PLEDGE_LOAN", district: "赣榆区", year: 2025, claimed: "50000.05", approvable: "42000.00", excess: "8000.05", issues: [overEligible] }),
  result({ row: 4, item: "GI", district: "海州区", year: 2026, claimed: null, approvable: "300000.00", issues: [noClaim] }),
  result({ row: 5, item: null, typedItem: "不知道", district: "=外地", year: null, claimed: "1000.00", approvable: "0", excess: "1000.00", status: "error" }),
  result({ row: 6, item: "GI", district: null, year: 2026, claimed: "0.10", approvable: "0.10" }),
];
const plan = planAnnotation(layout, results, { fileLabel: "申报表.xlsx" });
const sheet = plan.summarySheet;
const layoutOfSummary = plan.managers!.summary;

/** The pivot's rows as the sheet holds them, from its top row. */
function block(name: string): PlanRow[] {
  const pivot = layoutOfSummary.pivots.find((p) => p.name === name)!;
  return sheet.rows.slice(pivot.top - 1, pivot.top - 1 + pivot.height) as PlanRow[];
}

describe("汇总 sheet", () => {
  it("names the policy edition and the file, and gives the total with its 大写", () => {
    expect(sheet.name).toBe("汇总");
    const flat = sheet.rows.flatMap((r) => r.values).join(" ");
    expect(flat).toContain(EDITION.title);
    expect(flat).toContain("申报表.xlsx");
    expect(flat).toContain("叁拾捌万肆仟元壹角");
  });

  it("事项 × 年度: items in the policy's order, unrecognised last, years ascending with the blank year last, 合计 row and column", () => {
    expect(block("lygip事项年度").map((r) => r.values)).toEqual([
      ["可核定金额（元）", "申报年度"],
      ["事项名称", 2025, 2026, "（空白）", "合计"],
      ["地理标志保护产品、地理标志商标", null, 300000.1, null, 300000.1],
      [LOAN, 42000, 42000, null, 84000],
      ["（未识别）", null, null, 0, 0],
      ["合计", 42000, 342000.1, 0, 384000.1],
    ]);
    expect(block("lygip事项年度")[2].moneyColumns).toEqual([1, 2, 3, 4]);
  });

  it("县区 × 年度: aliases resolved to one name, the city's order, unknown names under one label, blanks last", () => {
    expect(block("lygip县区年度").slice(2).map((r) => r.values[0])).toEqual(["海州区", "赣榆区", "（未识别县区）", "（未填写）", "合计"]);
    expect(block("lygip县区年度")[2].values).toEqual(["海州区", null, 342000, null, 342000]);
  });

  it("the pivot counts rows by 审核结论 and sums 申请 = 可核定 + 待核实 + 核减 for each, 合计 the batch's", () => {
    expect(block("lygip审核结论").map((r) => r.values)).toEqual([
      ["", "值"],
      ["审核结论", "行数", "申请金额（元）", "可核定金额（元）", "待核实金额（元）", "核减金额（元）"],
      ["通过", 3, 342000.1, 342000.1, 0, 0],
      ["核减", 1, 50000.05, 42000, 0, 8000.05],
      ["不予支持", 1, 1000, 0, 0, 1000],
      ["合计", 5, 393000.15, 384000.1, 0, 9000.05],
    ]);
    const pivot = layoutOfSummary.pivots.find((p) => p.name === "lygip审核结论")!;
    expect(pivot.values.map((v) => [v.key, v.summary])).toEqual([
      ["row", "count"], ["requested", "sum"], ["approvable", "sum"], ["pending", "sum"], ["excess", "sum"],
    ]);
  });

  it("事项 × 县区 for the year: 申报年度 is the page field, set to every year, above the table", () => {
    const pivot = layoutOfSummary.pivots.find((p) => p.name === "lygip事项县区")!;
    expect(pivot).toMatchObject({ rowKey: "itemName", colKey: "district", pageKey: "year", pageValues: [2025, 2026, null] });
    expect(sheet.rows[pivot.top - 3].values).toEqual(["申报年度", "(全部)"]);
    expect(block("lygip事项县区").map((r) => r.values)).toEqual([
      ["可核定金额（元）", "所属县区"],
      ["事项名称", "海州区", "赣榆区", "（未识别县区）", "（未填写）", "合计"],
      ["地理标志保护产品、地理标志商标", 300000, null, null, 0.1, 300000.1],
      [LOAN, 42000, 42000, null, null, 84000],
      ["（未识别）", null, null, 0, null, 0],
      ["合计", 342000, 42000, 0, 0.1, 384000.1],
    ]);
    // Its caption says which years the figures add.
    expect(sheet.rows[pivot.top - 4].values[0]).toContain("申报年度 2025、2026、未填写年度 合计");
  });

  it("the pivots stand one under the other, a caption above each, no two overlapping", () => {
    const [a, b, c, d] = layoutOfSummary.pivots;
    expect(b.top).toBeGreaterThan(a.top + a.height);
    expect(c.top).toBeGreaterThan(b.top + b.height);
    // The page field's row and the blank row under it stand between the caption and the table.
    expect(d.top - 2).toBeGreaterThan(c.top + c.height);
    expect(sheet.rows[a.top - 2].values[0]).toBe("按支持事项、申报年度：可核定金额（元）");
  });

  it("each chart reads a cross table's 合计 column, item rows only, and caches the same figures", () => {
    const [byItem, byDistrict] = layoutOfSummary.charts;
    const pivot = layoutOfSummary.pivots[0];
    expect(byItem.firstRow).toBe(pivot.top + 2);
    expect(byItem.lastRow).toBe(pivot.top + pivot.height - 2);
    expect(byItem.valueCol).toBe(4);
    expect(byItem.categories).toEqual(["地理标志保护产品、地理标志商标", LOAN, "（未识别）"]);
    expect(byItem.values).toEqual([300000.1, 84000, 0]);
    for (let r = byItem.firstRow; r <= byItem.lastRow; r++) {
      expect(sheet.rows[r - 1].values[byItem.valueCol]).toBe(byItem.values[r - byItem.firstRow]);
    }
    expect(byDistrict.categories[0]).toBe("海州区");
    expect(byDistrict.anchorRow).toBeGreaterThan(byItem.anchorRow);
  });

  it("chart titles say which years they add", () => {
    expect(layoutOfSummary.charts.map((c) => c.title)).toEqual([
      "可核定金额（元）：按支持事项，申报年度 2025、2026、未填写年度 合计",
      "可核定金额（元）：按所属县区，申报年度 2025、2026、未填写年度 合计",
    ]);
    const oneYear = planAnnotation(layout, [result({ row: 2, item: "GI", district: "海州区", year: 2026, approvable: "1.00" })]).managers!.summary;
    expect(oneYear.charts[0].title).toBe("可核定金额（元）：按支持事项，申报年度 2026");
  });

  it("items, whose names are long, are drawn as horizontal bars; districts as columns", () => {
    expect(layoutOfSummary.charts.map((c) => c.horizontal)).toEqual([true, false]);
  });

  it("every item's name shows whole: 汇总's column A and 审核明细's 事项名称 are as wide as the longest name", () => {
    const longest = "国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、TISC";
    expect(itemByCode("INFO_OUTLET").name).toBe(longest);
    // Two columns per Chinese character (and one per letter), plus a cell's padding, as the widths count.
    const needed = [...longest].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 1 : 2), 0);
    const withOutlet = planAnnotation(layout, [result({ row: 2, item: "INFO_OUTLET", district: "海州区", year: 2026, approvable: "200000.00" })]);
    expect(planSheetWidths(withOutlet.summarySheet)[0]).toBeGreaterThan(needed);
    const detail = buildDetailSheet(withOutlet.managers!.detail);
    expect(planSheetWidths(detail)[DETAIL_COLUMNS.findIndex((c) => c.key === "itemName")]).toBeGreaterThan(needed);
  });

  it("a check without rows writes no pivot, says so, and totals 零元整", () => {
    const empty = planAnnotation(layout, []).managers!.summary;
    expect(empty.pivots).toEqual([]);
    expect(empty.charts).toEqual([]);
    expect(empty.sheet.rows.flatMap((r) => r.values)).toContain("零元整");
  });
});

describe("汇总 over a batch of many files", () => {
  // Eight files of a district's batch, named as an office names them: the 申报文件 line lists them all.
  const names = Array.from({ length: 8 }, (_, i) => `/data/2026/连云港市海州区2026年度知识产权资助申报汇总表_第${i + 1}批_企业填报.xlsx`);
  const summary = summaryLayout(detailRows(results, names), names).sheet;
  const line = summary.rows.find((r) => String(r.values[0]).startsWith("申报文件："))!;
  // A Chinese character (or a full-width sign) takes two of the column's units, a letter or digit one.
  const shown = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

  it("the line of files wraps within the first column, never spilling past the sheet's columns onto pages of its own", () => {
    const widths = planSheetWidths(summary);
    expect(shown(String(line.values[0]))).toBeGreaterThan(widths.reduce((a, b) => a + b, 0));
    expect(line.wrap).toBe(true);
  });

  it("its row is as tall as the lines it wraps into", () => {
    const first = planSheetWidths(summary)[0];
    const lines = Math.ceil(shown(String(line.values[0])) / first);
    expect(line.height ?? 15).toBeGreaterThanOrEqual(lines * 15);
  });
});
