/**
 * Rendering an AnnotationPlan through Office.js. It decides nothing: the plan says what goes where, the
 * session where our sheets go and which earlier ones they replace (session/records.ts). This file removes
 * what an earlier run left (its marks and notes, the sheets its record vouches for), then writes the result
 * columns, the marks, the notes, the sheets and the ownership record, in as few requests as the 5 MB limit
 * allows.
 */
import {
  toOfficeValue, EXPLANATION_COLUMN, resultColumnWidths, sheetRef, VERDICT_COLUMN, VERDICT_FILLS, type AnnotationPlan,
  type PlanSheet, type PlanValue,
} from "../../output";
import type { ResultBlock } from "../../check";
import type { PlacedSheet } from "../session/records";
import { cellAddress, rangeAddress } from "./address";
import { estimateBytes, RequestBudget } from "./budget";
import { markAreas } from "./markAreas";
import { printSetup } from "./pageSetup";
import { MARK_STYLE, markFormula, ourNote } from "./ours";
import type { WorkbookRead } from "./read";
import { replaceRecord } from "./record";
import type { Capabilities } from "./requirements";

export const MONEY_FORMAT = "#,##0.00";
const GENERAL = "General";
/** Rows per values write: small enough to keep each operation well under the request budget. */
const ROWS_PER_WRITE = 500;
/** Excel column widths are in points; the plan gives them in characters. */
const POINTS_PER_CHARACTER = 7;

export interface WriteReport {
  readonly syncs: number;
  readonly notesWritten: number;
  /** Cells whose note was not written because the applicant has a note there. */
  readonly notesKept: number;
  /** This Excel has no notes (ExcelApi 1.18): the reasons stay in the 审核说明 column only. */
  readonly notesUnsupported: boolean;
}

export interface WriteInput {
  readonly plan: AnnotationPlan;
  readonly read: WorkbookRead;
  readonly caps: Capabilities;
  /** The earlier check's result cells, vouched for by its record: cleared before writing (a re-run). */
  readonly earlier?: ResultBlock;
  /** Where 问题清单 goes, and 汇总 unless 生成汇总's sheets follow the check (then `summary` is absent). */
  readonly sheets: { readonly issues: PlacedSheet; readonly summary?: PlacedSheet };
  /**
   * The record of what this check writes, which takes the place of the earlier one in the same request;
   * absent when the host writes it later (生成汇总's 汇总 is digested as Excel lays it out).
   */
  readonly record?: string;
}

export async function writePlan(context: Excel.RequestContext, input: WriteInput): Promise<WriteReport> {
  const { plan, read, caps } = input;
  const budget = new RequestBudget(context);
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.getItem(plan.sheet);

  // What an earlier run left.
  for (const cf of read.handles.ourMarks) cf.delete();
  for (const note of read.handles.ourNotes) note.delete();
  // 汇总 before 问题清单, the order 清除审核结果 deletes them in.
  const placed = [input.sheets.summary, input.sheets.issues].filter((p) => p !== undefined);
  for (const p of placed) if (p.replaces !== undefined) context.workbook.worksheets.getItem(p.replaces).delete();

  await writeResultColumns(sheet, plan, input.earlier, budget);
  // The record of what was written, so that a later check — here or on the command line — knows these
  // cells and sheets for the check's own and everything else for the user's.
  if (input.record !== undefined) {
    await budget.reserve(estimateBytes(input.record));
    replaceRecord(context, read, input.record);
  }
  await writeMarks(sheet, plan, budget);
  const notes = caps.notes ? await writeNotes(sheet, plan, read, budget) : { written: 0, kept: 0 };
  await writeSheet(context, { ...plan.issueSheet, name: input.sheets.issues.name }, budget, caps);
  if (input.sheets.summary) await writeSheet(context, { ...plan.summarySheet, name: input.sheets.summary.name }, budget, caps);
  await budget.finish();
  return {
    syncs: budget.syncCount,
    notesWritten: notes.written,
    notesKept: notes.kept,
    notesUnsupported: !caps.notes,
  };
}

async function writeResultColumns(sheet: Excel.Worksheet, plan: AnnotationPlan, earlier: ResultBlock | undefined, budget: RequestBudget) {
  const width = plan.resultHeaders.length;
  const left = plan.resultCol;
  const right = left + width - 1;
  // The earlier check's cells below the header, and only those: a note typed below the table stays.
  for (const run of contiguousRuns((earlier?.rows ?? []).filter((r) => r > plan.headerRow))) {
    const top = run.rows[0]!;
    const bottom = run.rows[run.rows.length - 1]!;
    await budget.reserve(estimateBytes(null));
    sheet.getRange(rangeAddress({ top, bottom, left: earlier!.firstCol, right: earlier!.lastCol })).clear("Contents");
    // The verdict fills of the earlier run go with its verdicts.
    const verdicts = earlier!.firstCol + VERDICT_COLUMN;
    sheet.getRange(rangeAddress({ top, bottom, left: verdicts, right: verdicts })).format.fill.clear();
  }
  const header = sheet.getRange(rangeAddress({ top: plan.headerRow, bottom: plan.headerRow, left, right }));
  const headerValues = [plan.resultHeaders.map((h) => toOfficeValue(h))];
  await budget.reserve(estimateBytes(headerValues));
  header.values = headerValues;
  header.format.font.bold = true;

  // Widths that show every figure whole (never ###) and 审核说明 wrapped: the same widths as the annotated copy's.
  for (const [i, chars] of resultColumnWidths(plan).entries()) {
    await budget.reserve(estimateBytes(null));
    const column = sheet.getRange(rangeAddress({ top: plan.headerRow, bottom: plan.headerRow, left: left + i, right: left + i }));
    column.format.columnWidth = chars * POINTS_PER_CHARACTER;
  }
  const lastRow = plan.resultRows.reduce((m, r) => Math.max(m, r.row), plan.headerRow);
  if (lastRow > plan.headerRow) {
    await budget.reserve(estimateBytes(null));
    const explanation = left + EXPLANATION_COLUMN;
    sheet.getRange(rangeAddress({ top: plan.headerRow + 1, bottom: lastRow, left: explanation, right: explanation })).format.wrapText = true;
  }

  const money = new Set(plan.moneyColumns);
  const formatRow = plan.resultHeaders.map((_, i) => (money.has(i) ? MONEY_FORMAT : GENERAL));
  for (const run of contiguousRuns(plan.resultRows.map((r) => r.row))) {
    for (let start = 0; start < run.rows.length; start += ROWS_PER_WRITE) {
      const slice = run.indexes.slice(start, start + ROWS_PER_WRITE);
      const top = run.rows[start];
      const values = slice.map((i) => plan.resultRows[i].values.map(toOfficeValue));
      const formats = slice.map(() => formatRow);
      await budget.reserve(estimateBytes(values) + estimateBytes(formats));
      const range = sheet.getRange(rangeAddress({ top, bottom: top + slice.length - 1, left, right }));
      range.numberFormat = formats;
      range.values = values;
    }
  }
  await fillVerdicts(sheet, plan, budget);
}

/** The 审核结论 cells filled by verdict, one request per run of rows with the same verdict. */
async function fillVerdicts(sheet: Excel.Worksheet, plan: AnnotationPlan, budget: RequestBudget) {
  const col = plan.resultCol + VERDICT_COLUMN;
  const rows = [...plan.resultRows].filter((r) => r.verdict !== undefined).sort((a, b) => a.row - b.row);
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].row === rows[j].row + 1 && rows[j + 1].verdict === rows[i].verdict) j++;
    await budget.reserve(estimateBytes(null));
    sheet.getRange(rangeAddress({ top: rows[i].row, bottom: rows[j].row, left: col, right: col })).format.fill.color = `#${VERDICT_FILLS[rows[i].verdict!]}`;
    i = j + 1;
  }
}

/** Consecutive row numbers, with the index of each in the original list. */
function contiguousRuns(rows: readonly number[]): { rows: number[]; indexes: number[] }[] {
  const order = rows.map((row, index) => ({ row, index })).sort((a, b) => a.row - b.row);
  const runs: { rows: number[]; indexes: number[] }[] = [];
  for (const { row, index } of order) {
    const last = runs[runs.length - 1];
    if (last && last.rows[last.rows.length - 1] === row - 1) {
      last.rows.push(row);
      last.indexes.push(index);
    } else {
      runs.push({ rows: [row], indexes: [index] });
    }
  }
  return runs;
}

async function writeMarks(sheet: Excel.Worksheet, plan: AnnotationPlan, budget: RequestBudget) {
  // Warnings first: a format added later takes precedence, and a cell never holds both (one mark per cell).
  for (const severity of ["warning", "error"] as const) {
    const cells = plan.marks.filter((m) => m.severity === severity);
    for (const address of markAreas(cells)) {
      await budget.reserve(estimateBytes(address) + 3 * estimateBytes(null));
      const cf = sheet.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = markFormula(severity);
      cf.custom.format.fill.color = MARK_STYLE[severity].fill;
      cf.custom.format.font.color = MARK_STYLE[severity].font;
    }
  }
}

async function writeNotes(sheet: Excel.Worksheet, plan: AnnotationPlan, read: WorkbookRead, budget: RequestBudget) {
  const theirs = new Set(
    read.data.notes.filter((n) => !n.ours && n.sheet === plan.sheet).map((n) => `${n.row}:${n.col}`),
  );
  let written = 0;
  let kept = 0;
  for (const mark of plan.marks) {
    if (theirs.has(`${mark.row}:${mark.col}`)) {
      kept += 1;
      continue;
    }
    // A note holds text, never a formula: Excel does not evaluate it, so it needs no text prefix.
    const content = ourNote(mark.note);
    await budget.reserve(estimateBytes(content));
    sheet.notes.add(cellAddress(mark.row, mark.col), content);
    written += 1;
  }
  return { written, kept };
}

async function writeSheet(context: Excel.RequestContext, planSheet: PlanSheet, budget: RequestBudget, caps: Capabilities) {
  const ws = context.workbook.worksheets.add(planSheet.name);
  printSetup(ws, caps, planSheet.headerRows ?? 1);
  const width = planSheet.rows.reduce((w, r) => Math.max(w, r.values.length), 1);
  const pad = (values: readonly PlanValue[]) => [...values, ...Array<PlanValue>(width - values.length).fill(null)];

  for (let start = 0; start < planSheet.rows.length; start += ROWS_PER_WRITE) {
    const slice = planSheet.rows.slice(start, start + ROWS_PER_WRITE);
    const values = slice.map((r) => pad(r.values).map(toOfficeValue));
    const formats = slice.map((r) => {
      const money = new Set(r.moneyColumns ?? []);
      return Array.from({ length: width }, (_, i) => (money.has(i) ? MONEY_FORMAT : GENERAL));
    });
    await budget.reserve(estimateBytes(values) + estimateBytes(formats));
    const range = ws.getRange(rangeAddress({ top: start + 1, bottom: start + slice.length, left: 0, right: width - 1 }));
    range.numberFormat = formats;
    range.values = values;
  }

  for (const [i, row] of planSheet.rows.entries()) {
    const excelRow = i + 1;
    if (row.bold) {
      await budget.reserve(estimateBytes(null));
      ws.getRange(rangeAddress({ top: excelRow, bottom: excelRow, left: 0, right: width - 1 })).format.font.bold = true;
    }
    if (row.link) {
      const documentReference = sheetRef(row.link.sheet, row.link.cell);
      const textToDisplay = String(toOfficeValue(row.values[row.link.col] ?? row.link.cell));
      await budget.reserve(estimateBytes([documentReference, textToDisplay]));
      ws.getRange(cellAddress(excelRow, row.link.col)).hyperlink = { documentReference, textToDisplay };
    }
  }

  for (const [col, chars] of (planSheet.columnWidths ?? []).entries()) {
    await budget.reserve(estimateBytes(null));
    ws.getRange(rangeAddress({ top: 1, bottom: 1, left: col, right: col })).format.columnWidth = chars * POINTS_PER_CHARACTER;
  }
}
