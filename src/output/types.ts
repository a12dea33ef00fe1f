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
  /**
   * The table's columns from the first up to 单位名称 (a count): frozen on screen and repeated on every
   * printed page beside the header row, so the unit stays in sight of its results. Absent: rows only.
   */
  readonly titleColumns?: number;
  /**
   * The header's last row where it has two (TableLayout.secondHeaderRow): frozen and printed with the first,
   * and the AutoFilter's header, so that sorting never moves it among the data. Absent: headerRow.
   */
  readonly lastHeaderRow?: number;
  /** The Excel table object (ListObject) the rows are in: it has its own filter, so the sheet gets none. */
  readonly tableName?: string;
  /** 审核明细, 汇总 as PivotTables with their figures and charts, 审核信息 (REPORT.md "For managers"). */
  readonly managers?: ManagerOutput;
}

/** The plan of the table's own sheet: everything but the sheets the check adds. */
export type TablePlan = Omit<AnnotationPlan, "issueSheet" | "summarySheet" | "managers">;

/**
 * A plan whose sheets are made when the writer comes to each (each function is called once): the xlsx
 * writer lets each part go once it is written, so a large table's parts are not all held at once.
 */
export interface StagedPlan {
  readonly table: TablePlan;
  readonly issueSheet: () => PlanSheet;
  /** The sheets for managers; absent: `summarySheet`, a plain 汇总. */
  readonly managers?: () => ManagerOutput;
  readonly summarySheet?: () => PlanSheet;
}

/** The sheets for managers, as data: the rows of 审核明细, the layout of 汇总, and 审核信息 when known. */
export interface ManagerOutput {
  readonly detail: readonly DetailRow[];
  readonly summary: SummaryLayout;
  readonly info?: PlanSheet;
  /** 审核意见表, the form a reviewer signs (REPORT.md rev. 3). */
  readonly form?: PlanSheet;
}

export interface PlanSheet {
  readonly name: string;
  readonly rows: readonly PlanRow[];
  /** The least width of each column; a column is widened to fit what it holds. */
  readonly columnWidths?: readonly number[];
  /** The columns are as wide as `columnWidths` says, their text wrapping (a form laid out for the page). */
  readonly fixedWidths?: boolean;
  /** Rows at the top that head the sheet: frozen on screen and repeated on every printed page. */
  readonly headerRows?: number;
  /** 1-based rows that start a new printed page. */
  readonly pageBreaks?: readonly number[];
  /** 0-based columns whose text wraps (问题清单's 说明). */
  readonly wrapColumns?: readonly number[];
  /** Ranges shown as one cell ("A1:J1"): a form's title and its lines across the page. */
  readonly merges?: readonly string[];
  /** How the sheet prints; by default A4 landscape, one page wide if its text stays readable (≥ 8 pt). */
  readonly print?: PlanPrint;
  /**
   * The same rows made one at a time as a writer comes to each, never held together (a sheet with a line per
   * application row); `rows` and `merges` are then made only if read.
   */
  readonly stream?: () => PlanRowStream;
}

/** A sheet's rows made one at a time, with what a writer needs before the first of them. */
export interface PlanRowStream {
  readonly rowCount: number;
  /** 0-based: the last column any row holds something in. */
  readonly maxCol: number;
  /** The columns' widths as planSheetWidths gives them. */
  readonly columnWidths: readonly number[];
  /** Each row in order, made for the call and let go after it. */
  forEachRow(visit: (row: PlanRow) => void): void;
  /** The sheet's merged ranges, known before any row is made. */
  merges(): readonly string[];
}

export interface PlanPrint {
  readonly orientation: "portrait" | "landscape";
  /** Centred on the page, with 第 n 页，共 m 页 in the footer, counted from the form's own first page: a form to sign and file. */
  readonly form?: boolean;
}

/**
 * How a row of a form looks: its title, its ruled header, its ruled lines (text, centred or money by
 * column), its ruled total. A row without a look is plain (bold if it says so).
 */
export type RowLook = "title" | "header" | "body" | "total";

export interface PlanRow {
  readonly values: readonly PlanValue[];
  /** A link from one cell of this row (0-based column) to a cell of the table: `'申报表'!C5`. */
  readonly link?: { readonly col: number; readonly sheet: string; readonly cell: string };
  readonly bold?: boolean;
  readonly moneyColumns?: readonly number[];
  readonly look?: RowLook;
  /** 0-based columns centred in a ruled row (序号, 条款, 审核结论). */
  readonly centered?: readonly number[];
  /** Height in points, for a row whose text is known to take several lines. */
  readonly height?: number;
  /** Its text wraps within its cells (a line merged across a form, a row of 审核明细 wider than its columns). */
  readonly wrap?: boolean;
}
