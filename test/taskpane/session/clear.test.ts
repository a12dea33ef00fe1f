/**
 * 清除审核结果 on the strict fake: it removes the product's result columns, marks, notes and sheets, and
 * nothing of the applicant's — their cells, number formats, bold, notes, conditional formats and sheets.
 */
import { ExcelHost } from "../../../src/taskpane/excelHost";
import { planClear } from "../../../src/taskpane/session/clearPlan";
import type { CheckRequest } from "../../../src/taskpane/session/pipeline";
import { readWorkbook } from "../../../src/taskpane/excel/read";
import { FakeContext } from "../fake-excel/api";
import { dump } from "../fake-excel/dump";
import { key, newSheet, sheetOf, workbookOf, type FakeWorkbook } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";
import { application, HEADERS, recordEarlierCheck } from "./workbooks";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function hostOn(wb: FakeWorkbook, excelApi = "1.18") {
  const fx = fakeExcel(wb, excelApi);
  return { host: new ExcelHost(fx.run, fx.requirements), fx };
}

/** The sample application with things of the applicant's own that a clear must leave alone. */
function applicationWithTheirs(): FakeWorkbook {
  const wb = application();
  const s = sheetOf(wb, "申报表");
  s.cells.set(key(2, 4), { value: 10000, numberFormat: "#,##0" });
  s.bold.add(key(1, 0));
  // Their own rule over the claimed amounts (which the check also marks on E3), and their note on A3.
  s.formats.push({ id: 90, type: "Custom", areas: [{ top: 2, bottom: 4, left: 4, right: 4 }], formula: "=E2>100000", fill: "#00FF00" });
  wb.notes.push({ sheet: "申报表", row: 3, col: 0, content: "申请人：名称以营业执照为准" });
  const attachments = newSheet("附件");
  attachments.cells.set(key(1, 0), { value: "营业执照" });
  wb.sheets.push(attachments);
  return wb;
}

describe("清除审核结果", () => {
  it("after 检查, gives back exactly the workbook as it was before, in three syncs", async () => {
    const wb = applicationWithTheirs();
    const before = dump(wb);
    const { host, fx } = hostOn(wb);
    const checked = await host.check(REQUEST);
    expect(checked.ok).toBe(true);
    expect(dump(wb)).not.toEqual(before);

    const out = await host.clear();
    expect(out).toEqual({ ok: true, columns: true, marks: 1, notes: 2, sheets: ["汇总", "问题清单"], left: [], syncs: 3 });
    expect(dump(wb)).toEqual(before);
    expect(fx.contexts[fx.contexts.length - 1].syncs).toBe(3);
  });

  it("keeps the applicant's note, conditional format, number format and sheet", async () => {
    const wb = applicationWithTheirs();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    await host.clear();
    const s = sheetOf(wb, "申报表");
    expect(s.formats).toEqual([{ id: 90, type: "Custom", areas: [{ top: 2, bottom: 4, left: 4, right: 4 }], formula: "=E2>100000", fill: "#00FF00" }]);
    expect(wb.notes).toEqual([{ sheet: "申报表", row: 3, col: 0, content: "申请人：名称以营业执照为准" }]);
    expect(s.cells.get(key(2, 4))).toEqual({ value: 10000, numberFormat: "#,##0" });
    expect(s.bold.has(key(1, 0))).toBe(true);
    expect(wb.sheets.map((x) => x.name)).toEqual(["申报表", "附件"]);
  });

  it("a check after a clear writes one set of results again, as on a first run", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    const once = dump(wb);
    await host.clear();
    await host.check(REQUEST);
    expect(dump(wb)).toEqual(once);
  });

  it("with nothing of the product's in the workbook, changes nothing and sends no request beyond the read", async () => {
    const wb = applicationWithTheirs();
    const before = dump(wb);
    const { host, fx } = hostOn(wb);
    expect(await host.clear()).toEqual({ ok: true, columns: false, marks: 0, notes: 0, sheets: [], left: [], syncs: 2 });
    expect(fx.contexts[0].syncs).toBe(2);
    expect(dump(wb)).toEqual(before);
  });

  it("still clears when the table no longer has a required column (the results are found by their headers)", async () => {
    const wb = application();
    const { host } = hostOn(wb);
    await host.check(REQUEST);
    sheetOf(wb, "申报表").cells.set(key(1, 0), { value: "申报主体" });
    expect(await host.detect(new Map())).toMatchObject({ ok: false, problem: { code: "MISSING_COLUMN" } });
    const out = await host.clear();
    expect(out).toMatchObject({ ok: true, columns: true, sheets: ["汇总", "问题清单"] });
    expect([6, 7, 8, 9, 10].map((c) => sheetOf(wb, "申报表").cells.get(key(1, c)))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(wb.notes).toEqual([]);
    expect(sheetOf(wb, "申报表").formats).toEqual([]);
  });

  it("needs ExcelApi 1.9 like a check, and touches nothing without it", async () => {
    const wb = application();
    const before = dump(wb);
    const { host, fx } = hostOn(wb, "1.8");
    expect(await host.clear()).toEqual({ ok: false, problem: { code: "REQUIREMENTS", set: "ExcelApi", version: "1.9" } });
    expect(fx.contexts).toHaveLength(0);
    expect(dump(wb)).toEqual(before);
  });
});

describe("finding the product's result columns", () => {
  async function planOf(wb: FakeWorkbook) {
    const ctx = new FakeContext(wb);
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, { required: true, notes: true, merges: true });
    return planClear(read.data);
  }

  it("takes the five headers side by side, to the last row an earlier and longer run wrote", async () => {
    const wb = workbookOf({
      申报表: [
        ["2026 年度"],
        [],
        [...HEADERS, "审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"],
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "通过", 10000, 0, "", "（三）"],
      ],
    });
    sheetOf(wb, "申报表").cells.set(key(9, 6), { value: "有错误" });
    expect((await planOf(wb)).columns).toEqual([{ sheet: "申报表", headerRow: 3, col: 6, width: 5, rows: [3, 4, 5, 6, 7, 8, 9] }]);
  });

  it("takes the six headers of now (审核结论 … 条款), beside an older copy's five on another sheet", async () => {
    const wb = workbookOf({
      申报表: [
        [...HEADERS, "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"],
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "通过", 10000, 0, 0, "", "（三）"],
      ],
      旧表: [["审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"], ["有错误", 0, 1000, "", ""]],
    });
    expect((await planOf(wb)).columns).toEqual([
      { sheet: "申报表", headerRow: 1, col: 6, width: 6, rows: [1, 2] },
      { sheet: "旧表", headerRow: 1, col: 0, width: 5, rows: [1, 2] },
    ]);
  });

  it("without a record, leaves columns under our headers that hold what a check never writes, and names the cell", async () => {
    const wb = workbookOf({
      申报表: [
        [...HEADERS, "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"],
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "通过", 10000, 0, 0, "内部已核", "（三）"],
      ],
    });
    const plan = await planOf(wb);
    expect(plan.columns).toEqual([]);
    expect(plan.left).toEqual([{ kind: "cells-unrecorded", sheet: "申报表", cell: "K2" }]);
  });

  it("with a record, takes only the block it names, and only while its digest matches", async () => {
    const wb = workbookOf({
      申报表: [
        [...HEADERS, "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"],
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "通过", 10000, 0, 0, "", "（三）"],
        [],
        ["合计", "", "", "", "", "", "", "", "", "", "审核人备注"],
      ],
    });
    recordEarlierCheck(wb, "申报表", 6, 11, [1, 2]);
    expect(await planOf(wb)).toEqual({ columns: [{ sheet: "申报表", headerRow: 1, col: 6, width: 6, rows: [1, 2] }], sheets: [], left: [] });
    sheetOf(wb, "申报表").cells.set(key(2, 10), { value: "复核：同意" });
    expect(await planOf(wb)).toEqual({ columns: [], sheets: [], left: [{ kind: "cells-changed", sheet: "申报表", range: "G1:L2" }] });
  });

  it("does not take an applicant's own column headed 审核结果, nor the five in another order", async () => {
    const wb = workbookOf({
      申报表: [
        [...HEADERS, "审核结果", "备注"],
        ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01", "已初审", ""],
      ],
      other: [["可核定金额（元）", "审核结果", "超出金额（元）", "审核说明", "条款"]],
    });
    expect((await planOf(wb)).columns).toEqual([]);
  });
});
