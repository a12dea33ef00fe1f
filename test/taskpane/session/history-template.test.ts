/** The optional history sheet (REPORT.md --history, in the pane) and 插入申报模板. */
import { COLUMNS } from "../../../src/engine/columns";
import { ExcelHost } from "../../../src/taskpane/excelHost";
import type { CheckRequest } from "../../../src/taskpane/session/pipeline";
import { ITEMS, DISTRICTS } from "../../../src/policy";
import { dump } from "../fake-excel/dump";
import { key, sheetOf, workbookOf } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function training() {
  return workbookOf({
    申报表: [
      ["单位名称", "申报年度", "支持事项", "级别", "申请金额（元）", "事项日期"],
      ["连云港甲培训中心", 2026, "TRAINING_BASE", "省级", 400000, "2026-03-01"],
    ],
    以往核定: [
      ["单位名称", "申报年度", "支持事项", "核定金额"],
      ["连云港甲培训中心", 2025, "TRAINING_BASE", 400000],
    ],
  });
}

describe("the history sheet", () => {
  it("an earlier approval makes a second TRAINING_BASE an error (decision 9)", async () => {
    const wb = training();
    const fx = fakeExcel(wb);
    const host = new ExcelHost(fx.run, fx.requirements);
    const without = await host.check(REQUEST);
    expect(without).toMatchObject({ ok: true, summary: { counts: { error: 0 } } });
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { otherSheets: ["以往核定", "问题清单", "汇总"] } });
    const withHistory = await host.check({ ...REQUEST, historySheet: "以往核定" });
    if (!withHistory.ok) throw new Error(JSON.stringify(withHistory.problem));
    expect(withHistory.problems.map((p) => p.code)).toContain("ONE_TIME_ONLY");
    expect(withHistory.summary.approvable).toBe("0.00");
  });

  it("a history sheet without the columns it needs stops the check, naming them; nothing is written", async () => {
    const wb = training();
    sheetOf(wb, "以往核定").cells.delete(key(1, 3));
    const before = dump(wb);
    const fx = fakeExcel(wb);
    const out = await new ExcelHost(fx.run, fx.requirements).check({ ...REQUEST, historySheet: "以往核定" });
    expect(out).toMatchObject({ ok: false, problem: { code: "HISTORY", sheet: "以往核定" } });
    if (!out.ok && out.problem.code === "HISTORY") expect(out.problem.detail).toContain("核定金额");
    expect(dump(wb)).toEqual(before);
  });
});

describe("插入申报模板", () => {
  it("adds a sheet with the template headers, formats and drop-downs from a hidden list sheet", async () => {
    const wb = workbookOf({ Sheet1: [["会议纪要"]] });
    const fx = fakeExcel(wb);
    const host = new ExcelHost(fx.run, fx.requirements);
    expect(await host.insertTemplate()).toEqual({ ok: true, sheet: "申报表" });
    const t = sheetOf(wb, "申报表");
    expect(COLUMNS.map((_, i) => t.cells.get(key(1, i))?.value)).toEqual(COLUMNS.map((c) => c.headers[0]));
    const claimed = COLUMNS.findIndex((c) => c.key === "claimed");
    const credit = COLUMNS.findIndex((c) => c.key === "creditCode");
    const date = COLUMNS.findIndex((c) => c.key === "eventDate");
    expect(t.cells.get(key(2, claimed))?.numberFormat).toBe("#,##0.00");
    expect(t.cells.get(key(2, credit))?.numberFormat).toBe("@");
    expect(t.cells.get(key(2, date))?.numberFormat).toBe("yyyy-mm-dd");
    const lists = sheetOf(wb, "选项");
    expect(lists.visibility).toBe("Hidden");
    const itemCol = COLUMNS.findIndex((c) => c.key === "item");
    const itemRule = t.validations.find((v) => v.rect.left === itemCol);
    expect(itemRule?.source).toBe(`='选项'!$A$2:$A$${ITEMS.length + 1}`);
    expect(lists.cells.get(key(2, 0))?.value).toBe(ITEMS[0].name);
    expect(lists.cells.get(key(DISTRICTS.length + 1, 2))?.value).toBe(DISTRICTS[DISTRICTS.length - 1].name);
    expect(t.validations.map((v) => COLUMNS[v.rect.left].key).sort()).toEqual(["district", "item", "level", "year"]);
    expect(wb.active).toBe("申报表");
    expect(sheetOf(wb, "Sheet1").cells.get(key(1, 0))?.value).toBe("会议纪要");
  });

  it("a second template does not overwrite the first: it gets a numbered name", async () => {
    const wb = workbookOf({ Sheet1: [["x"]] });
    const fx = fakeExcel(wb);
    const host = new ExcelHost(fx.run, fx.requirements);
    await host.insertTemplate();
    expect(await host.insertTemplate()).toEqual({ ok: true, sheet: "申报表 (2)" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "申报表", "选项", "申报表 (2)", "选项 (2)"]);
  });

  it("an inserted template is found as the table once filled in", async () => {
    const wb = workbookOf({ Sheet1: [["x"]] });
    const fx = fakeExcel(wb);
    const host = new ExcelHost(fx.run, fx.requirements);
    await host.insertTemplate();
    const found = await host.detect(new Map());
    expect(found).toMatchObject({ ok: true, table: { sheet: "申报表", headerRow: 1, dataRows: 0 } });
    expect(await host.check(REQUEST)).toMatchObject({ ok: false, problem: { code: "NO_ROWS" } });
  });
});
