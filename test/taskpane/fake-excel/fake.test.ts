import { FakeContext } from "./api";
import { workbookOf } from "./model";

const ctxOf = () => new FakeContext(workbookOf({ 申报表: [["单位名称", "金额"], ["甲公司", 100]] }));

describe("the strict fake Excel", () => {
  it("throws when a property is read before load and sync", async () => {
    const ctx = ctxOf();
    const range = ctx.workbook.worksheets.getItem("申报表").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values).toEqual([["单位名称", "金额"], ["甲公司", 100]]);
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
  });

  it("applies writes only at sync, as Excel does", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1").values = [["x"]];
    expect(ctx.model.sheets[0].cells.get("1:2")).toBeUndefined();
    await ctx.sync();
    expect(ctx.model.sheets[0].cells.get("1:2")).toEqual({ value: "x", numberFormat: undefined });
  });

  it("turns an unprefixed '=…' into a formula and '001' into a number, as Excel does", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1:E1").values = [["=1+1", "001", "'=1+1"]];
    await ctx.sync();
    const cells = ctx.model.sheets[0].cells;
    expect(cells.get("1:2")?.formula).toBe("=1+1");
    expect(cells.get("1:3")?.value).toBe(1);
    expect(cells.get("1:4")).toMatchObject({ value: "=1+1", textPrefix: true });
  });

  it("refuses a values array of the wrong shape and a request over 5 MB", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1:D1").values = [["only one"]];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    const big = "长".repeat(2_000_000);
    ctx.workbook.worksheets.getItem("申报表").getRange("C1").values = [[big]];
    await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("refuses a second note on a cell and a sheet name already taken", async () => {
    const ctx = ctxOf();
    ctx.model.notes.push({ sheet: "申报表", row: 2, col: 0, content: "申请人的批注" });
    ctx.workbook.worksheets.getItem("申报表").notes.add("A2", "x");
    await expect(ctx.sync()).rejects.toThrow(/already has a note/);
    ctx.workbook.worksheets.add("申报表");
    await expect(ctx.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });
});

describe("the strict fake's PivotTables, charts and slicers", () => {
  /** 明细 with a table over A1:C4: three regions, two years. */
  function withTable(excelApi = "1.18") {
    const wb = workbookOf({
      明细: [["县区", "年度", "金额"], ["海州区", 2025, 100], ["赣榆区", 2026, 200], ["海州区", 2026, 300]],
      汇总: [],
    });
    wb.tables.push({ name: "T", sheet: "明细", rect: { top: 1, left: 0, bottom: 4, right: 2 } });
    const ctx = new FakeContext(wb, true, excelApi);
    return { wb, ctx, sheet: ctx.workbook.worksheets.getItem("汇总") };
  }

  it("needs ExcelApi 1.8 for PivotTables and 1.10 for slicers, as Office.js does", () => {
    expect(() => withTable("1.7").sheet.pivotTables).toThrow(/ApiNotFound.*1\.8/);
    expect(() => withTable("1.9").sheet.slicers).toThrow(/ApiNotFound.*1\.10/);
  });

  it("throws when a PivotTable's name is read before load and sync", async () => {
    const { ctx, sheet } = withTable();
    const pivot = sheet.pivotTables.add("P", "T", "A3");
    expect(() => pivot.name).toThrow(/PropertyNotLoaded/);
    pivot.load("name");
    await ctx.sync();
    expect(pivot.name).toBe("P");
  });

  it("fails at sync on a hierarchy the source does not have, and on a data hierarchy named as a field", async () => {
    const { ctx, sheet } = withTable();
    const pivot = sheet.pivotTables.add("P", "T", "A3");
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("单位"));
    await expect(ctx.sync()).rejects.toThrow(/ItemNotFound: PivotHierarchy 单位/);
    const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("金额"));
    data.name = "年度";
    await expect(ctx.sync()).rejects.toThrow(/cannot take the name of the field 年度/);
  });

  it("refuses a PivotTable that would cover another, and a write into a PivotTable's cells", async () => {
    const { wb, ctx, sheet } = withTable();
    const a = sheet.pivotTables.add("A", "T", "A3");
    a.rowHierarchies.add(a.hierarchies.getItem("县区"));
    a.columnHierarchies.add(a.hierarchies.getItem("年度"));
    a.dataHierarchies.add(a.hierarchies.getItem("金额"));
    await ctx.sync();
    // Two regions, two years: caption and header rows, two rows, a total row (A3:D7).
    expect(wb.pivots[0].rows).toEqual(["县区"]);
    const b = sheet.pivotTables.add("B", "T", "D7");
    b.rowHierarchies.add(b.hierarchies.getItem("县区"));
    await expect(ctx.sync()).rejects.toThrow(/would overlap PivotTable A/);
    sheet.getRange("B5").values = [["x"]];
    await expect(ctx.sync()).rejects.toThrow(/cannot change part of PivotTable A/);
    sheet.getRange("E3").values = [["x"]];
    await ctx.sync();
  });

  it("deleting a sheet deletes its PivotTables, charts and slicers", async () => {
    const { wb, ctx, sheet } = withTable();
    const p = sheet.pivotTables.add("P", "T", "A3");
    p.rowHierarchies.add(p.hierarchies.getItem("县区"));
    sheet.charts.add("ColumnClustered", sheet.getRange("H1:I3"), "Columns");
    sheet.slicers.add(p, "年度", "汇总");
    await ctx.sync();
    expect([wb.pivots.length, wb.charts.length, wb.slicers.length]).toEqual([1, 1, 1]);
    sheet.delete();
    await ctx.sync();
    expect([wb.pivots.length, wb.charts.length, wb.slicers.length]).toEqual([0, 0, 0]);
  });
});
