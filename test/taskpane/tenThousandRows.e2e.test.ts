/**
 * The task pane at scale on the strict fake Excel: 10,000 rows checked, summarised and written within six
 * syncs, each request under Excel's 5 MB. The same paths on small workbooks are in npm test (session/,
 * excel/); these are the row counts where a per-row sync or an unbounded request would show.
 */
import { DETAIL_COLUMNS } from "../../src/output/detail";
import type { AnnotationPlan } from "../../src/output/types";
import { readWorkbook } from "../../src/taskpane/excel/read";
import type { Capabilities } from "../../src/taskpane/excel/requirements";
import { writePlan } from "../../src/taskpane/excel/write";
import { ExcelHost } from "../../src/taskpane/excelHost";
import type { CheckRequest } from "../../src/taskpane/session/pipeline";
import { FakeContext } from "./fake-excel/api";
import { key, sheetOf, workbookOf, type FakeWorkbook } from "./fake-excel/model";
import { fakeExcel } from "./fake-excel/office";
import { placedAsTheHostDoes, planOf } from "./excel/helpers";
import { HEADERS } from "./session/workbooks";

const REQUEST: CheckRequest = { mapping: new Map(), rates: {}, lang: "zh" };

function hostOn(wb: FakeWorkbook, excelApi = "1.18") {
  const fx = fakeExcel(wb, excelApi);
  return { host: new ExcelHost(fx.run, fx.requirements), fx };
}

/** The adapter alone, with every capability: read the workbook, write the plan. */
async function writeWith(wb: FakeWorkbook, plan: AnnotationPlan) {
  const caps: Capabilities = { required: true, notes: true, merges: true };
  const ctx = new FakeContext(wb, caps.notes);
  const context = ctx as unknown as Excel.RequestContext;
  const read = await readWorkbook(context, caps);
  const report = await writePlan(context, { plan, read, caps, ...placedAsTheHostDoes(read, plan) });
  return { ctx, report };
}

describe("10,000 rows in the task pane", () => {
  it("10,000 rows are checked and written in at most six syncs", async () => {
    const rows: (string | number)[][] = [HEADERS];
    for (let i = 0; i < 10_000; i++) rows.push([`连云港单位${i}`, 2026, i % 2 ? "GI" : "DATA_IP", i % 2 ? 1 : 10, i % 2 ? 150000 : 10000, "2026-03-01"]);
    const wb = workbookOf({ 申报表: rows });
    const { host, fx } = hostOn(wb);
    const out = await host.check(REQUEST);
    expect(out.ok).toBe(true);
    expect(fx.contexts).toHaveLength(1);
    expect(fx.contexts[0].syncs).toBeLessThanOrEqual(6);
    expect(fx.contexts[0].suspensions).toBeGreaterThanOrEqual(1);
    // The last row claims 150,000 for GI, whose clause gives 100,000: cut to 100,000.
    expect(sheetOf(wb, "申报表").cells.get(key(10001, 6))?.value).toBe("核减");
  });

  it("10,000 rows: 审核明细 and 汇总 within six syncs, each request under Excel's 5 MB", async () => {
    const rows: (string | number)[][] = [HEADERS];
    for (let i = 0; i < 10_000; i++) rows.push([`连云港单位${i}`, 2026, i % 2 ? "GI" : "DATA_IP", i % 2 ? 1 : 10, i % 2 ? 150000 : 10000, "2026-03-01"]);
    const wb = workbookOf({ 申报表: rows });
    const { host, fx } = hostOn(wb);
    const out = await host.summarise(REQUEST);
    expect(out).toMatchObject({ ok: true, rows: 10_000 });
    expect(fx.contexts[0].syncs).toBeLessThanOrEqual(6);
    expect(fx.contexts[0].largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(sheetOf(wb, "审核明细").cells.get(key(10_001, DETAIL_COLUMNS.findIndex((c) => c.header === "行号")))?.value).toBe(10_001);
    expect(wb.tables[0].rect.bottom).toBe(10_001);
  });

  it("10,000 rows with a mark on every row stay within six syncs and under the request limit", async () => {
    const rows: (string | number)[][] = [["单位名称", "支持事项", "申请金额（元）"]];
    for (let i = 0; i < 10_000; i++) rows.push([`单位${i}`, "DATA_IP", 30000]);
    const wb = workbookOf({ 申报表: rows });
    const long = "申请金额超过本年度数据知识产权登记资助上限，可核定金额按上限计算".repeat(2);
    const plan = planOf({
      results: rows.slice(1).map(() => ["核减", 20000, 0, 10000, long, "（三）"]),
      marks: rows.slice(1).map((_, i) => ({ row: i + 2, col: 2, severity: "error" as const, note: `lygip 审核：${long}` })),
      issueRows: [
        { values: ["序号", "单元格", "说明"], bold: true },
        ...rows.slice(1).map((_, i) => ({ values: [i + 1, `C${i + 2}`, long], link: { col: 1, sheet: "申报表", cell: `C${i + 2}` } })),
      ],
    });
    const { ctx, report } = await writeWith(wb, plan);
    expect(ctx.syncs).toBeLessThanOrEqual(6);
    expect(ctx.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(report.syncs).toBeGreaterThan(1);
    expect(sheetOf(wb, "申报表").formats).toHaveLength(1);
    expect(wb.notes).toHaveLength(10_000);
    expect(sheetOf(wb, "申报表").cells.get("10001:7")?.value).toBe(long);
  });
});
