/**
 * What a check writes into a workbook, as data: the plan both hosts write (the xlsx editor of the command
 * line, the Office adapter of the task pane). Pure data: nothing here reads a file or touches Office.
 */
import type { Severity } from "../engine/issues";
import type { Verdict } from "../engine/types";
import type { DetailRow } from "./detail";
import type { SummaryLayout } from "./summaryLayout";

/** A mark on a cell that a message names (REPORT.md "In the workbook"). */
export interface CellMark {
  readonly row: number;
  readonly col: number;
  readonly severity: Severity;
  /** The note's text: says it comes from the check, gives the reason and the clause. */
  readonly note: string;
}

export type PlanValue = string | number | null;

/**
 * Everything a check writes into a workbook, decided once, written by two hosts: the xlsx writer (command
 * line) and the Office adapter (task pane).
 */
export interface AnnotationPlan {
  readonly sheet: string;
  readonly headerRow: number;
  readonly resultCol: number;
  readonly resultHeaders: readonly string[];
  /**
   * One entry per data row: the result cells (RESULT_HEADERS: 审核结论, 可核定金额, 待核实金额, 核减金额, 审核说明,
   * 条款) and the verdict, whose fill the 审核结论 cell takes.
   */
  readonly resultRows: readonly { readonly row: number; readonly values: readonly PlanValue[]; readonly verdict?: Verdict }[];
  /** Indexes in `values` that are money (written as numbers with a #,##0.00 format). */
  readonly moneyColumns: readonly number[];
  readonly marks: readonly CellMark[];
  readonly issueSheet: PlanSheet;
  readonly summarySheet: PlanSheet;
  /** 0-based first column of the application table (the AutoFilter starts there). */
  readonly tableFirstCol?: number;
  /** The Excel table object (ListObject) the rows are in: it has its own filter, so the sheet gets none. */
  readonly tableName?: string;
  /** 审核明细, 汇总 as PivotTables with their figures and charts, 审核信息 (REPORT.md "For managers"). */
  readonly managers?: ManagerOutput;
}

/** The sheets for managers, as data: the rows of 审核明细, the layout of 汇总, and 审核信息 when known. */
export interface ManagerOutput {
  readonly detail: readonly DetailRow[];
  readonly summary: SummaryLayout;
  readonly info?: PlanSheet;
}

export interface PlanSheet {
  readonly name: string;
  readonly rows: readonly PlanRow[];
  /** The least width of each column; a column is widened to fit what it holds. */
  readonly columnWidths?: readonly number[];
  /** Rows at the top that head the sheet: frozen on screen and repeated on every printed page. */
  readonly headerRows?: number;
  /** 1-based rows that start a new printed page. */
  readonly pageBreaks?: readonly number[];
}

export interface PlanRow {
  readonly values: readonly PlanValue[];
  /** A link from one cell of this row (0-based column) to a cell of the table: `'申报表'!C5`. */
  readonly link?: { readonly col: number; readonly sheet: string; readonly cell: string };
  readonly bold?: boolean;
  readonly moneyColumns?: readonly number[];
}
