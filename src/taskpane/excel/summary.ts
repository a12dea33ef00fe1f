/**
 * 生成汇总 through Office.js: renders a SummaryPlan (src/taskpane/session/summaryPlan.ts) under the names
 * the session gave (session/sheetsPlan.ts). It first removes what an earlier 生成汇总 or 检查 left and its
 * record vouches for (汇总 with its PivotTables, charts and slicers, then 审核明细 with its table), so
 * running it twice gives one of each. 审核明细 and 汇总 go in one request (more where 10,000 rows
 * pass the 5 MB budget); slicers, placed beside the PivotTables in points, take one more.
 */
import { gridDigest } from "../../check";
import { toOfficeValue } from "../../output";
import type { SummarySheets } from "../session/sheetsPlan";
import type { SummaryPlan } from "../session/summaryPlan";
import { gridFromRange } from "./cells";
import { columnIndex, rangeAddress } from "./address";
import { estimateBytes, RequestBudget } from "./budget";
import { printSetup } from "./pageSetup";
import type { Capabilities } from "./requirements";

const ROWS_PER_WRITE = 500;
/** Excel column widths are in points; the plan gives them in characters. */
const POINTS_PER_CHARACTER = 7;
const SLICER = { width: 160, height: 180, gap: 12 } as const;

export interface SummaryReport {
  readonly syncs: number;
  readonly pivots: number;
  readonly charts: number;
  readonly slicers: number;
}

/**
 * `queueRecord` queues the ownership record, given 汇总's digest (absent where no 汇总 is written), in the
 * last request: with the slicers where there are any, else in one of its own.
 */
export async function writeSummary(
  context: Excel.RequestContext, planned: SummaryPlan, placed: SummarySheets, caps: Capabilities,
  queueRecord: (summaryDigest: string | undefined) => void,
): Promise<SummaryReport> {
  const pivotName = (name: string) => placed.pivots.get(name) ?? name;
  const plan: SummaryPlan = {
    ...planned,
    sheet: placed.summary.name,
    detail: { ...planned.detail, sheet: placed.detail.name, table: placed.table },
    pivots: planned.pivots.map((p) => ({ ...p, name: pivotName(p.name) })),
    slicers: planned.slicers.map((s) => ({ ...s, pivot: pivotName(s.pivot) })),
  };
  const budget = new RequestBudget(context);
  context.application.suspendApiCalculationUntilNextSync();
  const sheets = context.workbook.worksheets;
  // 汇总 first: its PivotTables read 审核明细's table.
  for (const p of [placed.summary, placed.detail]) if (p.replaces !== undefined) sheets.getItem(p.replaces).delete();

  const table = await writeDetail(sheets, plan, caps, budget);
  if (!caps.pivots) {
    queueRecord(undefined);
    await budget.finish();
    return { syncs: budget.syncCount, pivots: 0, charts: 0, slicers: 0 };
  }

  const summary = sheets.add(plan.sheet);
  printSetup(summary, caps, 0);
  for (const p of plan.pivots) {
    const title = summary.getRange(p.titleCell);
    title.values = [[toOfficeValue(p.title)]];
    title.format.font.bold = true;
    const pivot = summary.pivotTables.add(p.name, table, summary.getRange(p.anchor));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(p.rows));
    if (p.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(p.columns));
    if (p.filters) pivot.filterHierarchies.add(pivot.hierarchies.getItem(p.filters));
    for (const d of p.data) {
      const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(d.field));
      data.summarizeBy = d.summarizeBy as Excel.AggregationFunction;
      data.numberFormat = d.numberFormat;
      data.name = d.name;
    }
  }

  for (const c of plan.charts) {
    const top = Number(/\d+$/.exec(c.at)![0]);
    const left = columnIndex(/^[A-Z]+/.exec(c.at)![0]);
    const values = [[...c.header], ...c.figures.map(([label, amount]) => [label, amount])].map((row) => row.map((v) => toOfficeValue(v)));
    await budget.reserve(estimateBytes(values));
    const block = summary.getRange(rangeAddress({ top, bottom: top + c.figures.length, left, right: left + 1 }));
    block.values = values;
    summary.getRange(rangeAddress({ top: top + 1, bottom: top + Math.max(1, c.figures.length), left: left + 1, right: left + 1 })).numberFormat =
      Array.from({ length: Math.max(1, c.figures.length) }, () => ["#,##0.00"]);
    summary.getRange(rangeAddress({ top, bottom: top, left, right: left + 1 })).format.font.bold = true;
    const chart = summary.charts.add((c.horizontal ? "BarClustered" : "ColumnClustered") as Excel.ChartType, block, "Columns" as Excel.ChartSeriesBy);
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.setPosition(c.from, c.to);
  }
  // Where the slicers go: read in the same request as the writes, so after the PivotTables took their width.
  const anchor = caps.slicers ? summary.getRange(plan.slicerAnchor).load("left,top") : null;
  // 汇总's cells as the PivotTables laid them out (Excel computes theirs), read in the same request, after
  // them: the record's digest of 汇总.
  const used = summary.getUsedRangeOrNullObject(true).load("address,values,valueTypes,numberFormat,formulas");
  summary.activate();
  await budget.finish();
  queueRecord(gridDigest(gridFromRange(plan.sheet, used.isNullObject ? null : used)));

  let slicers = 0;
  if (anchor) {
    for (const [i, s] of plan.slicers.entries()) {
      const slicer = summary.slicers.add(s.pivot, s.field, plan.sheet);
      slicer.caption = s.caption;
      slicer.left = anchor.left + i * (SLICER.width + SLICER.gap);
      slicer.top = anchor.top;
      slicer.width = SLICER.width;
      slicer.height = SLICER.height;
      slicers += 1;
    }
  }
  await budget.finish();
  return { syncs: budget.syncCount, pivots: plan.pivots.length, charts: plan.charts.length, slicers };
}

/** 审核明细: header and rows, typed; an Excel table over them; widths; the header row frozen where Excel can. */
async function writeDetail(sheets: Excel.WorksheetCollection, plan: SummaryPlan, caps: Capabilities, budget: RequestBudget) {
  const d = plan.detail;
  const ws = sheets.add(d.sheet);
  printSetup(ws, caps);
  const right = d.headers.length - 1;
  const header = ws.getRange(rangeAddress({ top: 1, bottom: 1, left: 0, right }));
  header.values = [d.headers.map((h) => toOfficeValue(h))];
  for (let start = 0; start < d.rows.length; start += ROWS_PER_WRITE) {
    const slice = d.rows.slice(start, start + ROWS_PER_WRITE);
    const values = slice.map((r) => r.map((v) => toOfficeValue(v)));
    const formats = slice.map(() => [...d.formats]);
    await budget.reserve(estimateBytes(values) + estimateBytes(formats));
    const range = ws.getRange(rangeAddress({ top: start + 2, bottom: start + 1 + slice.length, left: 0, right }));
    range.numberFormat = formats;
    range.values = values;
  }
  const table = ws.tables.add(rangeAddress({ top: 1, bottom: Math.max(2, d.rows.length + 1), left: 0, right }), true);
  table.name = d.table;
  table.style = "TableStyleMedium2";
  for (const [col, chars] of d.widths.entries()) {
    ws.getRange(rangeAddress({ top: 1, bottom: 1, left: col, right: col })).format.columnWidth = chars * POINTS_PER_CHARACTER;
  }
  if (caps.freeze) ws.freezePanes.freezeRows(1);
  return table;
}
