/**
 * What the pane's session needs from a workbook, as plain data: the Office adapter (src/taskpane/excel)
 * fills these in and the session plans from them. The adapter depends on the session, never the reverse.
 */
import type { CellRange, SheetGrid } from "../../workbook";

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
  /** It shows its totals row (汇总行), the last row of `range`. */
  readonly showTotals?: boolean;
}

export interface NoteInfo {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly ours: boolean;
}

/** Plain data: what the pure part of a check needs. */
export interface WorkbookData {
  /** Every sheet in tab order, hidden ones included. */
  readonly sheets: readonly SheetGrid[];
  readonly activeSheet: string;
  /** The sheets Excel hides (hidden or very hidden): never searched for the table (decision 22). */
  readonly hiddenSheets?: readonly string[];
  /** The sheets under worksheet protection: a check cannot write its results on them. */
  readonly protectedSheets?: readonly string[];
  readonly tables: readonly TableInfo[];
  /** The PivotTables' names by sheet, where this Excel has them (ExcelApi 1.8). */
  readonly pivots?: readonly { readonly name: string; readonly sheet: string }[];
  readonly notes: readonly NoteInfo[];
  /**
   * The custom XML parts in the ownership record's namespace, as text: what an earlier check recorded it
   * wrote (REPORT.md "Ownership"), the command line's or the pane's.
   */
  readonly ownershipParts?: readonly string[];
  /** The workbook's file name, where Excel gives it (ExcelApi 1.7): 审核明细's 文件 column. */
  readonly fileName?: string;
}
