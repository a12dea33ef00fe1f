/**
 * 生成汇总 on the strict fake Excel, extended with the PivotTable, chart and slicer API as Microsoft
 * documents it (PivotTableCollection.add(name, source, destination), hierarchies on the row, column and data
 * axes, DataPivotHierarchy.summarizeBy and numberFormat, ChartCollection.add(type, sourceData, seriesBy),
 * SlicerCollection.add(slicerSource, sourceField, slicerDestination)), each behind its requirement set.
 */
import { DETAIL_COLUMNS } from "../../../src/output/detail";
import { PIVOT_NAMES } from "../../../src/output";
import { ITEMS } from "../../../src/policy";
import { ExcelHost } from "../../../src/taskpane/excelHost";
import type { CheckRequest } from "../../../src/taskpane/session/pipeline";
import { cellsIn, dump } from "../fake-excel/dump";
import { key, sheetOf, type FakeWorkbook } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";
import { application } from "./workbooks";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function hostOn(wb: FakeWorkbook, excelApi = "1.18") {
  const fx = fakeExcel(wb, excelApi);
  return { host: new ExcelHost(fx.run, fx.requirements), fx };
}

const cell = (wb: FakeWorkbook, sheet: string, row: number, col: number) => sheetOf(wb, sheet).cells.get(key(row, col));
const col = (header: string) => DETAIL_COLUMNS.findIndex((c) => c.header === header);
const itemName = (code: string) => ITEMS.find((i) => i.code === code)!.name;

describe("生成汇总 with every API it uses (ExcelApi 1.10 and later)", () => {
  it("writes 审核明细 as the table lygip明细, typed, one row per application row, its header frozen", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    const out = await host.summarise(REQUEST);
    expect(out).toMatchObject({ ok: true, rows: 3, missing: null });

    expect(DETAIL_COLUMNS.map((_, c) => cell(wb, "审核明细", 1, c)?.value)).toEqual(DETAIL_COLUMNS.map((c) => c.header));
    expect(wb.tables).toEqual([{ name: "lygip明细", sheet: "审核明细", rect: { top: 1, left: 0, bottom: 4, right: DETAIL_COLUMNS.length - 1 }, style: "TableStyleMedium2" }]);
    expect(sheetOf(wb, "审核明细").frozenRows).toBe(1);
    // Row 3 of the application: GI, 150,000 claimed where the clause gives 100,000 (MEASURES.md decision 1).
    expect(cell(wb, "审核明细", 3, col("文件"))?.value).toBe("申报.xlsx");
    expect(cell(wb, "审核明细", 3, col("行号"))).toEqual({ value: 3, numberFormat: "0" });
    expect(cell(wb, "审核明细", 3, col("申报年度"))).toEqual({ value: 2026, numberFormat: "0" });
    expect(cell(wb, "审核明细", 3, col("事项代码"))?.value).toBe("GI");
    expect(cell(wb, "审核明细", 3, col("事项名称"))?.value).toBe(itemName("GI"));
    expect(cell(wb, "审核明细", 3, col("申请金额"))).toEqual({ value: 150000, numberFormat: "#,##0.00" });
    expect(cell(wb, "审核明细", 3, col("可核定金额"))).toEqual({ value: 100000, numberFormat: "#,##0.00" });
    expect(cell(wb, "审核明细", 3, col("待核实金额"))).toEqual({ value: 0, numberFormat: "#,##0.00" });
    expect(cell(wb, "审核明细", 3, col("核减金额"))).toEqual({ value: 50000, numberFormat: "#,##0.00" });
    expect(cell(wb, "审核明细", 3, col("审核结论"))?.value).toBe("核减");
    expect(cell(wb, "审核明细", 3, col("问题代码"))?.value).toContain("OVER_ELIGIBLE");
  });

  it("adds four PivotTables over lygip明细 on 汇总, with Sum and Count and their number formats", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.summarise(REQUEST);
    const sum = { field: "可核定金额", summarizeBy: "Sum", name: "可核定金额（元）", numberFormat: "#,##0.00" };
    expect(wb.pivots).toEqual([
      { name: "lygip事项年度", sheet: "汇总", anchor: { row: 3, col: 0 }, source: "lygip明细", rows: ["事项名称"], columns: ["申报年度"], data: [sum] },
      { name: "lygip县区年度", sheet: "汇总", anchor: { row: 3, col: 4 }, source: "lygip明细", rows: ["所属县区"], columns: ["申报年度"], data: [sum] },
      {
        // The pivot counts rows by 审核结论 and sums 申请 = 可核定 + 待核实 + 核减 for each.
        name: "lygip审核结论", sheet: "汇总", anchor: { row: 3, col: 8 }, source: "lygip明细", rows: ["审核结论"], columns: [],
        data: [
          { field: "行号", summarizeBy: "Count", name: "行数", numberFormat: "0" },
          ...["申请金额", "可核定金额", "待核实金额", "核减金额"].map((f) => ({ field: f, summarizeBy: "Sum", name: `${f}（元）`, numberFormat: "#,##0.00" })),
        ],
      },
      {
        // 事项 × 县区 for the year: 申报年度 on the filter axis, its filter row two rows above the anchor.
        name: "lygip事项县区", sheet: "汇总", anchor: { row: 5, col: 15 }, source: "lygip明细", rows: ["事项名称"], columns: ["所属县区"],
        filters: ["申报年度"], data: [sum],
      },
    ]);
    expect(cell(wb, "汇总", 1, 15)?.value).toBe("按支持事项、所属县区：可核定金额（元），申报年度 2026（可按申报年度筛选）");
    expect(cell(wb, "汇总", 1, 0)?.value).toBe("按支持事项、申报年度：可核定金额（元）");
    expect(wb.active).toBe("汇总");
  });

  it("draws 可核定金额 by 事项 and by 县区 as column charts over figures that sum to the check's total", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    const checked = await host.summarise(REQUEST);
    expect(checked.ok && checked.charts).toBe(2);
    expect(wb.charts.map((c) => [c.type, c.seriesBy, c.title, c.legendVisible])).toEqual([
      // Items' names are long: horizontal bars. Each title says which years it adds.
      ["BarClustered", "Columns", "可核定金额（元）：按支持事项，申报年度 2026", false],
      ["ColumnClustered", "Columns", "可核定金额（元）：按所属县区，申报年度 2026", false],
    ]);
    const [byItem] = wb.charts;
    const figures = cellsIn(wb, "汇总", [byItem.source.top + 1, byItem.source.bottom], [0, 1]) as [number, number, { value: unknown } | undefined][];
    const pairs: [unknown, unknown][] = [];
    for (let i = 0; i < figures.length; i += 2) pairs.push([figures[i][2]?.value, figures[i + 1][2]?.value]);
    // In the policy's order; the unrecognised item last. GI: 100,000; DATA_IP: 10 × 1,000; the unknown item: 0.
    const expected = new Map<unknown, unknown>([[itemName("GI"), 100000], [itemName("DATA_IP"), 10000], ["（未识别）", 0]]);
    expect(new Map(pairs)).toEqual(expected);
    expect(pairs[pairs.length - 1][0]).toBe("（未识别）");
    expect(pairs.reduce((t, [, v]) => t + (v as number), 0)).toBe(110000);
    expect(byItem.position).toBeDefined();
  });

  it("adds slicers by 所属县区 and 审核结果 beside the PivotTables; four syncs in all", async () => {
    const wb = application();
    const { host, fx } = hostOn(wb);
    const out = await host.summarise(REQUEST);
    expect(wb.slicers.map((s) => [s.sheet, s.source, s.field, s.caption])).toEqual([
      ["汇总", "lygip事项年度", "所属县区", "所属县区"],
      ["汇总", "lygip事项年度", "审核结论", "审核结论"],
    ]);
    expect(wb.slicers[1].left!).toBeGreaterThan(wb.slicers[0].left!);
    expect(out).toMatchObject({ ok: true, slicers: 2, syncs: 4 });
    expect(fx.contexts).toHaveLength(1);
    expect(fx.contexts[0].syncs).toBe(4);
  });

  it("run twice gives the same workbook: one 审核明细, one lygip明细, three PivotTables, two charts, two slicers", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.summarise(REQUEST);
    const once = dump(wb);
    await host.summarise(REQUEST);
    expect(dump(wb)).toEqual(once);
    expect([wb.tables.length, wb.pivots.length, wb.charts.length, wb.slicers.length]).toEqual([1, 4, 2, 2]);
  });

  it("leaves the applicant's sheet and table as they were", async () => {
    const wb = application();
    wb.tables.push({ name: "申报", sheet: "申报表", rect: { top: 1, left: 0, bottom: 4, right: 5 } });
    const before = cellsIn(wb, "申报表", [1, 4], [0, 10]);
    const { host } = hostOn(wb);
    await host.summarise(REQUEST);
    expect(cellsIn(wb, "申报表", [1, 4], [0, 10])).toEqual(before);
    expect(wb.tables.map((t) => t.name)).toEqual(["申报", "lygip明细"]);
  });
});

describe("生成汇总 where Excel has less", () => {
  it("ExcelApi 1.8 and 1.9: PivotTables and charts, no slicers, and says so", async () => {
    const wb = application();
    const { host } = hostOn(wb, "1.9");
    const out = await host.summarise(REQUEST);
    // The read, 审核明细 and 汇总, then the ownership record, which needs 汇总 as Excel laid out its PivotTables
    // (where there are slicers, the record goes in their request).
    expect(out).toMatchObject({ ok: true, pivots: 4, charts: 2, slicers: 0, missing: { what: "slicers", set: "ExcelApi", version: "1.10" }, syncs: 4 });
    expect(wb.slicers).toEqual([]);
    expect(wb.pivots).toHaveLength(4);
  });

  it("before ExcelApi 1.8: 审核明细 alone, no 汇总, and says which set the PivotTables need", async () => {
    const wb = application();
    const { host } = hostOn(wb, "1.7");
    const out = await host.summarise(REQUEST);
    expect(out).toMatchObject({ ok: true, rows: 3, pivots: 0, charts: 0, slicers: 0, missing: { what: "pivots", set: "ExcelApi", version: "1.8" } });
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "审核明细"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["lygip明细"]);
  });

  it("ExcelApi 1.6 has no frozen panes nor file name: 审核明细 still written, 文件 from the sheet", async () => {
    const wb = application();
    const { host } = hostOn(wb, "1.6");
    const out = await host.summarise(REQUEST);
    expect(out).toMatchObject({ ok: true, rows: 3 });
    expect(sheetOf(wb, "审核明细").frozenRows).toBe(0);
    expect(cell(wb, "审核明细", 2, col("文件"))?.value).toBe("申报表");
  });

  it("before ExcelApi 1.6 it stops with a message and writes nothing", async () => {
    const wb = application();
    const before = dump(wb);
    const { host, fx } = hostOn(wb, "1.5");
    expect(await host.summarise(REQUEST)).toEqual({ ok: false, problem: { code: "REQUIREMENTS", set: "ExcelApi", version: "1.6" } });
    expect(fx.contexts).toHaveLength(0);
    expect(dump(wb)).toEqual(before);
  });
});

describe("生成汇总 with 检查 and 清除审核结果", () => {
  it("a check after 生成汇总 keeps 审核明细 and its PivotTables current, not the plain 汇总, in five syncs", async () => {
    const wb = application();
    const { host, fx } = hostOn(wb);
    await host.summarise(REQUEST);
    sheetOf(wb, "申报表").cells.set(key(3, 4), { value: 100000 });
    const out = await host.check(REQUEST);
    expect(out.ok).toBe(true);
    // The read, the check's own request, then 审核明细 and 汇总, then the slicers.
    expect(fx.contexts[1].syncs).toBe(5);
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(["审核明细", "汇总", "申报表", "问题清单"].sort());
    expect(wb.pivots).toHaveLength(4);
    expect(cell(wb, "审核明细", 3, col("核减金额"))?.value).toBe(0);
  });

  it("审核明细 and 汇总 no record vouches for (an earlier version's): 生成汇总 writes beside them, under free names for the sheets, the table and the PivotTables", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.summarise(REQUEST);
    wb.customXml.length = 0;
    const theirs = structuredClone(wb);
    const out = await host.summarise(REQUEST);
    expect(out).toMatchObject({ ok: true, pivots: 4, slicers: 2 });
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "审核明细", "汇总", "审核明细（2）", "汇总（2）"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["lygip明细", "lygip明细2"]);
    const ours = wb.pivots.filter((p) => p.sheet === "汇总（2）");
    expect(ours).toHaveLength(4);
    expect(ours.every((p) => p.name.endsWith("2") && p.source === "lygip明细2")).toBe(true);
    expect(wb.slicers.filter((x) => x.sheet === "汇总（2）").map((x) => x.source)).toEqual([`${PIVOT_NAMES.byItem}2`, `${PIVOT_NAMES.byItem}2`]);
    // Theirs as they were.
    expect(cellsIn(wb, "审核明细", [1, 4], [0, 14])).toEqual(cellsIn(theirs, "审核明细", [1, 4], [0, 14]));
    // A check follows ours, which the record now vouches for, and writes no third set.
    expect((await host.check(REQUEST)).ok).toBe(true);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes("（3）"))).toEqual([]);
  });

  it("清除审核结果 removes 汇总 with its PivotTables, charts and slicers, then 审核明细 and its table", async () => {
    const wb = application();
    const before = dump(wb);
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    await host.summarise(REQUEST);
    const out = await host.clear();
    expect(out).toMatchObject({ ok: true, sheets: ["汇总", "问题清单", "审核明细"] });
    expect(dump(wb)).toEqual(before);
  });
});

describe("how 生成汇总's sheets print", () => {
  it("A4 landscape one page wide; 审核明细 repeats its header row", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.summarise(REQUEST);
    const wide = { orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } };
    expect(sheetOf(wb, "审核明细").page).toEqual({ ...wide, titleRows: "$1:$1" });
    expect(sheetOf(wb, "汇总").page).toEqual(wide);
  });
});
