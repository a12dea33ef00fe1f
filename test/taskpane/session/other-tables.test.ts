/**
 * One table a file (MEASURES.md decision 22) in the pane: the table found is the one checked, and a second
 * visible sheet holding an application table is named in step 1 rather than left to look checked.
 */
import { ExcelHost } from "../../../src/taskpane/excelHost";
import { workbookOf } from "../fake-excel/model";
import { fakeExcel } from "../fake-excel/office";

const HEADER = ["单位名称", "申报年度", "支持事项", "级别", "申请金额（元）", "事项日期"];
const CLAIM = ["连云港甲培训中心", 2026, "TRAINING_BASE", "省级", 400000, "2026-03-01"];

it("a second sheet with the application's headers is named as not checked; the product's own sheets are not", async () => {
  const fx = fakeExcel(workbookOf({ 申报表: [HEADER, CLAIM], 商标: [HEADER, CLAIM], 审核明细: [HEADER, CLAIM] }));
  const host = new ExcelHost(fx.run, fx.requirements);
  expect(await host.detect(new Map())).toMatchObject({ ok: true, table: { sheet: "申报表", otherTables: ["商标"] } });
});

it("a workbook with one table names none", async () => {
  const fx = fakeExcel(workbookOf({ 申报表: [HEADER, CLAIM], 说明: [["请按模板填写"]] }));
  const detected = await new ExcelHost(fx.run, fx.requirements).detect(new Map());
  if (!detected.ok) throw new Error("no table");
  expect(detected.table.otherTables).toBeUndefined();
});
