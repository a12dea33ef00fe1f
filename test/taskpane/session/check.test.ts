/**
 * 检查 end to end on the strict fake: the real engine and plan, the Excel host, and the workbook as a
 * reviewer would find it afterwards.
 */
import { ExcelHost } from "../../../src/taskpane/excelHost";
import type { CheckRequest } from "../../../src/taskpane/session/pipeline";
import { problemText } from "../../../src/taskpane/session/problems";
import { cellsIn, dump } from "../fake-excel/dump";
import { key, sheetOf, workbookOf, type FakeWorkbook } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";
import { application, HEADERS } from "./workbooks";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function hostOn(wb: FakeWorkbook, excelApi = "1.18") {
  const fx = fakeExcel(wb, excelApi);
  return { host: new ExcelHost(fx.run, fx.requirements), fx };
}

const value = (wb: FakeWorkbook, sheet: string, row: number, col: number) => sheetOf(wb, sheet).cells.get(key(row, col))?.value;

describe("检查 on a workbook", () => {
  it("first run: result columns beside the table, red marks with notes, 问题清单 with links, 汇总", async () => {
    const wb = application();
    const before = cellsIn(wb, "申报表", [1, 4], [0, 5]);
    const { host, fx } = hostOn(wb);
    const out = await host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));

    expect(cellsIn(wb, "申报表", [1, 4], [0, 5])).toEqual(before);
    expect([6, 7, 8, 9, 10, 11].map((c) => value(wb, "申报表", 1, c))).toEqual(
      ["审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"],
    );
    // GI gives 100,000 (clause （二）); 150,000 claimed: 100,000 approvable, nothing pending, 50,000 cut: 核减.
    expect(value(wb, "申报表", 3, 6)).toBe("核减");
    expect(value(wb, "申报表", 3, 7)).toBe(100000);
    expect(value(wb, "申报表", 3, 8)).toBe(0);
    expect(value(wb, "申报表", 3, 9)).toBe(50000);
    expect(value(wb, "申报表", 3, 11)).toBe("（二）");
    expect(sheetOf(wb, "申报表").fills.get(key(3, 6))).toBe("#FFE5B4");
    const marks = sheetOf(wb, "申报表").formats;
    expect(marks.flatMap((f) => f.areas)).toEqual(expect.arrayContaining([
      { top: 3, bottom: 3, left: 4, right: 4 },
      { top: 4, bottom: 4, left: 2, right: 2 },
    ]));
    expect(wb.notes.find((n) => n.row === 3 && n.col === 4)?.content).toMatch(/^lygip 审核：.*（第（二）条）$/);
    const issues = sheetOf(wb, "问题清单");
    expect([...issues.hyperlinks.values()].map((l) => l.documentReference)).toContain("'申报表'!E3");
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "问题清单", "汇总"]);
    expect(out.summary).toMatchObject({ rows: 3, counts: { ok: 0, warning: 1, error: 2 }, approvable: "110000.00", approvableWords: "壹拾壹万元整" });
    expect(out.problems.find((p) => p.code === "OVER_ELIGIBLE")).toMatchObject({ cell: "E3", sheet: "申报表", clause: "（二）" });
    expect(fx.contexts[0].syncs).toBeLessThanOrEqual(6);
  });

  it("re-run after fixing a cell: its mark, note and problem are gone; nothing is duplicated", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    sheetOf(wb, "申报表").cells.set(key(3, 4), { value: 100000 });
    const out = await host.check(REQUEST);
    if (!out.ok) throw new Error(JSON.stringify(out.problem));

    expect(sheetOf(wb, "申报表").formats.flatMap((f) => f.areas)).not.toContainEqual({ top: 3, bottom: 3, left: 4, right: 4 });
    expect(wb.notes.filter((n) => n.row === 3)).toEqual([]);
    expect(out.problems.map((p) => p.code)).not.toContain("OVER_ELIGIBLE");
    expect(value(wb, "申报表", 3, 9)).toBe(0);
    expect(value(wb, "申报表", 3, 6)).toBe("通过");
    expect(sheetOf(wb, "申报表").fills.get(key(3, 6))).toBe("#C6EFCE");
    const header = [...sheetOf(wb, "申报表").cells.entries()].filter(([k, c]) => k.startsWith("1:") && c.value === "审核结论");
    expect(header).toHaveLength(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(["申报表", "问题清单", "汇总"]);
    expect([...sheetOf(wb, "问题清单").hyperlinks.values()].map((l) => l.documentReference)).not.toContain("'申报表'!E3");
  });

  it("re-run with no change leaves the workbook identical", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    const first = dump(wb);
    await host.check(REQUEST);
    expect(dump(wb)).toEqual(first);
  });

  it("stops with a message and writes nothing when the cells right of the table hold the applicant's data", async () => {
    const wb = application();
    sheetOf(wb, "申报表").cells.set(key(3, 7), { value: "内部备注" });
    const before = dump(wb);
    const { host } = hostOn(wb);
    const out = await host.check(REQUEST);
    expect(out).toEqual({ ok: false, problem: { code: "RESULT_AREA_TAKEN", sheet: "申报表", cell: "H3", found: "内部备注" } });
    expect(dump(wb)).toEqual(before);
  });

  it("an Excel table on the active sheet wins over a header row on an earlier sheet", async () => {
    const wb = workbookOf({
      旧表: [HEADERS, ["旧单位", 2026, "GI", 1, 100000, "2026-03-01"]],
      申报表: [
        ["2026 年度申报"],
        [],
        HEADERS,
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01"],
      ],
    });
    wb.active = "申报表";
    wb.tables.push({ name: "申报", sheet: "申报表", rect: { top: 3, left: 0, bottom: 4, right: 5 } });
    const { host } = hostOn(wb);
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { sheet: "申报表", headerRow: 3, tableName: "申报", dataRows: 1 } });
    await host.check(REQUEST);
    expect(value(wb, "申报表", 3, 6)).toBe("审核结论");
    expect(sheetOf(wb, "旧表").cells.get(key(1, 6))).toBeUndefined();
  });

  it("an Excel table's totals row is no claim in the pane either, also without a 汇总 label", async () => {
    const wb = workbookOf({
      申报表: [
        HEADERS,
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01"],
        [null, null, null, 10, 10000, null],
      ],
    });
    wb.active = "申报表";
    wb.tables.push({ name: "申报", sheet: "申报表", rect: { top: 1, left: 0, bottom: 3, right: 5 }, showTotals: true });
    const { host } = hostOn(wb);
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { sheet: "申报表", headerRow: 1, tableName: "申报", dataRows: 1 } });
    await host.check(REQUEST);
    expect(value(wb, "申报表", 2, 6)).toBe("通过");
    // The totals row keeps its own cells; no verdict is written on it.
    expect(sheetOf(wb, "申报表").cells.get(key(3, 6))).toBeUndefined();
  });

  it("a plain range is found by its header row", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { sheet: "申报表", headerRow: 1, dataRows: 3 } });
    if (found.ok) expect(found.table.tableName).toBeUndefined();
  });

  it("10 rows are checked and written in at most six syncs", async () => {
    const rows: (string | number)[][] = [HEADERS];
    for (let i = 0; i < 10; i++) rows.push([`连云港单位${i}`, 2026, "DATA_IP", 10, 10000, "2026-03-01"]);
    const wb = workbookOf({ 申报表: rows });
    const { host, fx } = hostOn(wb);
    await host.check(REQUEST);
    expect(fx.contexts[0].syncs).toBeLessThanOrEqual(6);
  });
});

describe("what stops a check before anything is written", () => {
  it("an Excel without ExcelApi 1.9", async () => {
    const wb = application();
    const before = dump(wb);
    const { host, fx } = hostOn(wb, "1.8");
    expect(await host.check(REQUEST)).toEqual({ ok: false, problem: { code: "REQUIREMENTS", set: "ExcelApi", version: "1.9" } });
    expect(fx.contexts).toHaveLength(0);
    expect(dump(wb)).toEqual(before);
  });

  it("no table at all", async () => {
    const wb = workbookOf({ Sheet1: [["会议纪要"], ["无表格"]] });
    const { host } = hostOn(wb);
    expect(await host.check(REQUEST)).toEqual({ ok: false, problem: { code: "NO_TABLE" } });
  });

  it("a missing required column, which a drop-down mapping then supplies", async () => {
    const wb = workbookOf({
      申报表: [["申报主体", "申报年度", "支持事项", "数量", "申请金额（元）"], ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000]],
    });
    const before = dump(wb);
    const { host } = hostOn(wb);
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: false, problem: { code: "MISSING_COLUMN", columns: ["单位名称"], sheet: "申报表", headerRow: 1 } });
    if (!found.ok) expect(found.columns?.[0]).toEqual({ index: 0, header: "申报主体", field: null, recognised: false });
    expect(await host.check(REQUEST)).toMatchObject({ ok: false, problem: { code: "MISSING_COLUMN" } });
    expect(dump(wb)).toEqual(before);

    const mapped = await host.check({ ...REQUEST, mapping: new Map([[0, "unit"]]) });
    expect(mapped.ok).toBe(true);
    expect(sheetOf(wb, "申报表").cells.get(key(1, 0))?.value).toBe("申报主体");
    // Only warnings (no credit code): the claim stands, 通过.
    expect(value(wb, "申报表", 2, 5)).toBe("通过");
    expect(value(wb, "申报表", 2, 9)).toEqual(expect.stringContaining("统一社会信用代码"));
  });

  // Excel refuses writes to a protected sheet part-way through a request; a reviewer should learn why before
  // anything is touched, in words, rather than from Excel's error after earlier marks and notes are gone.
  it("a protected table sheet: says so and how to unprotect it, and writes nothing, on a first and on a second run", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    expect((await host.check(REQUEST)).ok).toBe(true);
    sheetOf(wb, "申报表").protected = true;
    const before = dump(wb);
    const out = await host.check(REQUEST);
    expect(out).toEqual({ ok: false, problem: { code: "PROTECTED", sheet: "申报表" } });
    if (!out.ok) {
      expect(problemText(out.problem, "zh")).toBe("工作表「申报表」受保护，无法写入审核结果。请先点「审阅 › 撤销工作表保护」，再点「检查」；审核后可再保护。未写入任何内容。");
      expect(problemText(out.problem, "en")).toMatch(/^Sheet “申报表” is protected/);
    }
    expect(dump(wb)).toEqual(before);
    const fresh = application();
    sheetOf(fresh, "申报表").protected = true;
    const untouched = dump(fresh);
    expect(await hostOn(fresh).host.check(REQUEST)).toEqual({ ok: false, problem: { code: "PROTECTED", sheet: "申报表" } });
    expect(dump(fresh)).toEqual(untouched);
    // 生成汇总 writes only sheets of its own, so a protected table sheet does not stop it.
    expect((await hostOn(fresh).host.summarise(REQUEST)).ok).toBe(true);
  });

  it("a rate above the clause's maximum", async () => {
    const wb = application();
    const before = dump(wb);
    const { host } = hostOn(wb);
    const out = await host.check({ ...REQUEST, rates: { PLEDGE_LOAN: "35%" } });
    expect(out).toMatchObject({ ok: false, problem: { code: "BAD_RATE", found: "35%", max: "30%" } });
    expect(dump(wb)).toEqual(before);
  });
});

describe("settings and Excel versions", () => {
  it("a lower yearly rate applies (decision 2): PLEDGE_LOAN at 25% of 140,000 is 35,000", async () => {
    const wb = workbookOf({
      申报表: [
        ["单位名称", "申报年度", "支持事项", "计算基数（元）", "贷款期限（月）", "评估等服务费（元）", "申请金额（元）", "事项日期"],
        ["连云港甲科技有限公司", 2026, "PLEDGE_LOAN", 180000, 18, 20000, 35000, "2026-03-01"],
      ],
    });
    const { host } = hostOn(wb);
    const out = await host.check({ ...REQUEST, rates: { PLEDGE_LOAN: "25%" } });
    expect(out).toMatchObject({ ok: true, summary: { approvable: "35000.00" } });
    expect(value(wb, "申报表", 2, 9)).toBe(35000);
  });

  it("before ExcelApi 1.18 there are no notes: the reason stays in 审核说明", async () => {
    const wb = application();
    const { host } = hostOn(wb, "1.17");
    const out = await host.check(REQUEST);
    expect(out).toMatchObject({ ok: true, notes: "unsupported" });
    expect(wb.notes).toEqual([]);
    expect(String(value(wb, "申报表", 3, 10))).toContain("超过可申请金额");
    expect(sheetOf(wb, "申报表").formats.length).toBeGreaterThan(0);
  });

  it("clicking a problem selects its cell", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.select("申报表", "E3");
    expect(wb.selection).toEqual({ sheet: "申报表", address: "E3" });
  });
});

describe("what a reviewer sees in the checked workbook", () => {
  it("result columns wide enough for their figures (no ###), 审核说明 wrapped, the product's sheets printing A4 landscape one page wide", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    const s = sheetOf(wb, "申报表");
    // 可核定金额 shows "100,000.00": ten characters, at about 7 points each in Excel's default font.
    expect(s.columnWidths.get(7)).toBeGreaterThanOrEqual(10 * 7);
    expect(s.columnWidths.get(8)).toBeGreaterThanOrEqual("待核实金额（元）".length * 2 * 7);
    expect(s.columnWidths.get(9)).toBeGreaterThanOrEqual("核减金额（元）".length * 2 * 7);
    expect([2, 3, 4].every((row) => s.wrap.has(key(row, 10)))).toBe(true);
    expect(s.wrap.has(key(1, 10))).toBe(false);
    // The applicant's own columns keep their widths (none set) and their sheet its print settings.
    expect([0, 1, 2, 3, 4, 5].map((c) => s.columnWidths.get(c))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(s.page).toEqual({});
    for (const name of ["问题清单", "汇总"]) {
      expect(sheetOf(wb, name).page).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: "$1:$1" });
    }
  });
});
