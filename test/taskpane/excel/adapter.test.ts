/**
 * The Excel adapter on the strict fake, with hand-made plans: what it reads, what it writes, what a later
 * run removes, and what it never touches.
 */
import { readWorkbook } from "../../../src/taskpane/excel/read";
import type { Capabilities } from "../../../src/taskpane/excel/requirements";
import { writePlan } from "../../../src/taskpane/excel/write";
import { placedAsTheHostDoes } from "./helpers";
import type { AnnotationPlan } from "../../../src/output/types";
import { FakeContext } from "../fake-excel/api";
import { cellsIn, dump } from "../fake-excel/dump";
import { sheetOf, type FakeWorkbook } from "../fake-excel/model";
import { planOf, smallWorkbook } from "./helpers";

const ALL: Capabilities = { required: true, notes: true, merges: true };

/** `earlierTo`: an earlier check wrote the result columns from the header row down to that row. */
async function run(wb: FakeWorkbook, plan: AnnotationPlan, caps = ALL, earlierTo = 0) {
  const ctx = new FakeContext(wb, caps.notes);
  const context = ctx as unknown as Excel.RequestContext;
  const read = await readWorkbook(context, caps);
  const rows = Array.from({ length: Math.max(0, earlierTo - plan.headerRow + 1) }, (_, i) => plan.headerRow + i);
  const earlier = rows.length ? { firstCol: plan.resultCol, lastCol: plan.resultCol + plan.resultHeaders.length - 1, rows } : undefined;
  const report = await writePlan(context, { plan, read, caps, earlier, ...placedAsTheHostDoes(read, plan) });
  return { ctx, read, report };
}

describe("reading the workbook", () => {
  it("gives numbers as their exact text, flags dates, formulas and error values, in two syncs", async () => {
    const wb = smallWorkbook();
    const s = sheetOf(wb, "申报表");
    s.cells.set("2:3", { value: 45839, numberFormat: 'yyyy"年"m"月"d"日"' });
    s.cells.set("3:3", { value: 0.1, formula: "=B9/10" });
    s.cells.set("4:3", { value: "#N/A", error: true, formula: "=VLOOKUP(1,X:X,1,0)" });
    const ctx = new FakeContext(wb);
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, ALL);
    expect(ctx.syncs).toBe(2);
    const grid = read.data.sheets[0];
    expect(grid.rows.get(2)?.[2]).toEqual({ t: "n", v: "5000" });
    expect(grid.rows.get(2)?.[3]).toEqual({ t: "n", v: "45839", date: true });
    expect(grid.rows.get(3)?.[3]).toEqual({ t: "n", v: "0.1", formula: true });
    expect(grid.rows.get(4)?.[3]).toEqual({ t: "e", v: "#N/A", formula: true });
    expect(grid.rows.get(1)?.[0]).toEqual({ t: "s", v: "单位名称" });
    expect(grid.maxRow).toBe(4);
    expect(grid.maxCol).toBe(3);
  });

  it("reads an empty sheet as an empty grid", async () => {
    const wb = smallWorkbook();
    const { newSheet } = await import("../fake-excel/model");
    wb.sheets.push(newSheet("Sheet2"));
    const ctx = new FakeContext(wb);
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, ALL);
    expect(read.data.sheets[1]).toMatchObject({ name: "Sheet2", maxRow: 0, merges: [] });
    expect(read.data.sheets[1].rows.size).toBe(0);
  });

  it("places a used range that does not start at A1 at its true rows and columns", async () => {
    const wb = smallWorkbook();
    const s = sheetOf(wb, "申报表");
    const moved = new Map([...s.cells].map(([k, v]) => {
      const [r, c] = k.split(":").map(Number);
      return [`${r + 2}:${c + 1}`, v] as const;
    }));
    s.cells = moved;
    const ctx = new FakeContext(wb);
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, ALL);
    expect(read.data.sheets[0].rows.get(3)?.[1]).toEqual({ t: "s", v: "单位名称" });
    expect(read.data.sheets[0].rows.get(1)).toBeUndefined();
  });

  it("finds an Excel table's place and the merged areas", async () => {
    const wb = smallWorkbook();
    wb.tables.push({ name: "申报", sheet: "申报表", rect: { top: 1, left: 0, bottom: 4, right: 2 } });
    sheetOf(wb, "申报表").merges.push({ top: 2, left: 0, bottom: 3, right: 0 });
    const ctx = new FakeContext(wb);
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, ALL);
    expect(read.data.tables).toEqual([{ name: "申报", sheet: "申报表", range: { top: 1, left: 0, bottom: 4, right: 2 } }]);
    expect(read.data.sheets[0].merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
  });
});

describe("writing a plan", () => {
  it("first run: result columns, marks, notes, 问题清单 with links, 汇总; the applicant's cells unchanged", async () => {
    const wb = smallWorkbook();
    const before = cellsIn(wb, "申报表", [1, 4], [0, 2]);
    const { report } = await run(wb, planOf({}));
    const s = sheetOf(wb, "申报表");
    expect(cellsIn(wb, "申报表", [1, 4], [0, 2])).toEqual(before);
    expect(s.cells.get("1:3")?.value).toBe("审核结论");
    expect(s.cells.get("1:5")?.value).toBe("待核实金额（元）");
    expect(s.cells.get("1:6")?.value).toBe("核减金额（元）");
    expect(s.cells.get("1:8")?.value).toBe("条款");
    expect(s.bold.has("1:3")).toBe(true);
    expect(s.cells.get("3:4")).toEqual({ value: 100000, numberFormat: "#,##0.00" });
    expect(s.cells.get("3:6")).toEqual({ value: 20000, numberFormat: "#,##0.00" });
    expect(s.cells.get("3:7")?.value).toBe("申请金额超过可核定金额");
    expect(s.formats.map((f) => [f.formula, f.areas])).toEqual([
      ['="lygip:warning"="lygip:warning"', [{ top: 2, bottom: 2, left: 0, right: 0 }]],
      ['="lygip:error"="lygip:error"', [{ top: 4, bottom: 4, left: 1, right: 1 }, { top: 3, bottom: 3, left: 2, right: 2 }]],
    ]);
    expect(s.formats[1].fill).toBe("#FFC7CE");
    // 审核结论 filled by verdict: 通过 green, 核减 orange, 不予支持 red; the words alone tell them apart in print.
    expect([2, 3, 4].map((r) => s.fills.get(`${r}:3`))).toEqual(["#C6EFCE", "#FFE5B4", "#FFC7CE"]);
    expect(wb.notes.map((n) => [n.row, n.col, n.content])).toEqual([
      [3, 2, "lygip 审核：申请金额超过可核定金额（第（二）条）"],
      [4, 1, "lygip 审核：支持事项无法识别"],
      [2, 0, "lygip 审核：未填写统一社会信用代码"],
    ]);
    const issues = sheetOf(wb, "问题清单");
    expect(issues.hyperlinks.get("2:1")).toEqual({ documentReference: "'申报表'!C3", textToDisplay: "C3" });
    expect(issues.columnWidths.get(2)).toBe(280);
    const summary = sheetOf(wb, "汇总");
    expect(summary.cells.get("2:2")).toEqual({ value: 105000, numberFormat: "#,##0.00" });
    expect(report).toEqual({ syncs: 1, notesWritten: 3, notesKept: 0, notesUnsupported: false });
  });

  it("re-run after a fix: the fixed cell's mark and note are gone, nothing is duplicated", async () => {
    const wb = smallWorkbook();
    await run(wb, planOf({}));
    const fixed = planOf({
      marks: [{ row: 2, col: 0, severity: "warning", note: "lygip 审核：未填写统一社会信用代码" }],
      results: [["通过", 5000, 0, 0, "", "（三）"], ["通过", 100000, 0, 0, "", "（二）"], ["通过", 1000, 0, 0, "", "（三）"]],
      issueRows: [{ values: ["序号", "单元格", "说明"], bold: true }],
    });
    await run(wb, fixed, ALL, 4);
    const s = sheetOf(wb, "申报表");
    expect(s.formats).toHaveLength(1);
    expect(s.formats[0].formula).toContain("warning");
    expect(wb.notes.map((n) => [n.row, n.col])).toEqual([[2, 0]]);
    expect(s.cells.get("3:3")?.value).toBe("通过");
    expect(s.cells.get("3:7")?.value ?? "").toBe("");
    expect(wb.sheets.map((x) => x.name)).toEqual(["申报表", "问题清单", "汇总"]);
    expect(sheetOf(wb, "问题清单").hyperlinks.size).toBe(0);
  });

  it("re-run with no change leaves an identical workbook", async () => {
    const wb = smallWorkbook();
    await run(wb, planOf({}));
    const first = dump(wb);
    await run(wb, planOf({}), ALL, 4);
    expect(dump(wb)).toEqual(first);
  });

  it("keeps the applicant's own conditional formats and notes, and writes no note over theirs", async () => {
    const wb = smallWorkbook();
    const s = sheetOf(wb, "申报表");
    s.formats.push({ id: 99, type: "Custom", areas: [{ top: 2, bottom: 4, left: 2, right: 2 }], formula: "=C2>100000", fill: "#00FF00" });
    s.formats.push({ id: 98, type: "DataBar", areas: [{ top: 2, bottom: 4, left: 2, right: 2 }] });
    wb.notes.push({ sheet: "申报表", row: 3, col: 2, content: "申请人：金额见附件" });
    const { report } = await run(wb, planOf({}));
    await run(wb, planOf({}), ALL, 4);
    expect(s.formats.filter((f) => f.id === 99 || f.id === 98)).toHaveLength(2);
    expect(wb.notes.filter((n) => n.row === 3 && n.col === 2)).toEqual([{ sheet: "申报表", row: 3, col: 2, content: "申请人：金额见附件" }]);
    expect(report.notesKept).toBe(1);
  });

  it("writes text that Excel would take as a formula or a number as text", async () => {
    const wb = smallWorkbook();
    await run(wb, planOf({ results: [["通过", 0, 0, 0, "=HYPERLINK(\"http://x\")", "-1"], ["通过", 0, 0, 0, "＋86", "001"], ["通过", 0, 0, 0, "@SUM(A1)", "\tx"]] }));
    const s = sheetOf(wb, "申报表");
    const written = [...s.cells.values()];
    expect(written.filter((c) => c.formula)).toEqual([]);
    expect(s.cells.get("2:7")).toMatchObject({ value: "=HYPERLINK(\"http://x\")", textPrefix: true });
    expect(s.cells.get("3:8")).toMatchObject({ value: "001", textPrefix: true });
    expect(s.cells.get("4:7")).toMatchObject({ value: "@SUM(A1)", textPrefix: true });
  });

  it("without notes (before ExcelApi 1.18) marks the cells and writes no note", async () => {
    const wb = smallWorkbook();
    const { report } = await run(wb, planOf({}), { required: true, notes: false, merges: false });
    expect(wb.notes).toEqual([]);
    expect(sheetOf(wb, "申报表").formats).toHaveLength(2);
    expect(sheetOf(wb, "申报表").cells.get("3:7")?.value).toBe("申请金额超过可核定金额");
    expect(report.notesUnsupported).toBe(true);
  });
});
