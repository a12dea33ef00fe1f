/**
 * What the React pane asks of its host. Plain data both ways, so the pane can be driven by the Excel host
 * in Office, by the fake in the browser test, or by a plain object in a unit test.
 */
import type { ColumnView } from "./detect";
import type { CheckRequest, ProblemView, ResultSummary } from "./pipeline";
import type { PaneProblem } from "./problems";
import type { LeftBehind } from "./clearPlan";

export interface TableView {
  readonly sheet: string;
  readonly headerRow: number;
  readonly tableName?: string;
  readonly dataRows: number;
  readonly columns: readonly ColumnView[];
  /** Every sheet of the workbook but the table's own: candidates for the history sheet. */
  readonly otherSheets: readonly string[];
  /** Other visible sheets that hold an application table too, not checked (TableLayout.otherTables). */
  readonly otherTables?: readonly string[];
}

export type DetectOutcome =
  | { readonly ok: true; readonly table: TableView }
  | { readonly ok: false; readonly problem: PaneProblem; readonly columns?: readonly ColumnView[] };

export interface CheckDone {
  readonly ok: true;
  readonly summary: ResultSummary;
  readonly problems: readonly ProblemView[];
  readonly notes: "written" | "unsupported";
  readonly syncs: number;
  /** The sheet that lists every problem: the pane shows the first few hundred and points there for the rest. */
  readonly issueSheet: string;
}

export type CheckOutcome = CheckDone | { readonly ok: false; readonly problem: PaneProblem };

export type TemplateOutcome = { readonly ok: true; readonly sheet: string } | { readonly ok: false; readonly problem: PaneProblem };

/** What 清除审核结果 removed: only the product's own columns, marks, notes and sheets. */
export interface Cleared {
  readonly ok: true;
  /** Result columns the record vouches for (or, without one, holding only a check's values) were emptied. */
  readonly columns: boolean;
  /** Conditional formats of the product's removed (one covers every cell of a severity). */
  readonly marks: number;
  readonly notes: number;
  readonly sheets: readonly string[];
  /** What was left as the user's: sheets and result cells edited since the check, or that no record vouches for. */
  readonly left: readonly LeftBehind[];
  readonly syncs: number;
}

export type ClearOutcome = Cleared | { readonly ok: false; readonly problem: PaneProblem };

/** What 生成汇总 wrote. */
export interface SummaryDone {
  readonly ok: true;
  /** Rows of 审核明细. */
  readonly rows: number;
  readonly pivots: number;
  readonly charts: number;
  readonly slicers: number;
  /** What this Excel could not add: PivotTables and charts (before ExcelApi 1.8), or slicers (before 1.10). */
  readonly missing: { readonly what: "pivots" | "slicers"; readonly set: string; readonly version: string } | null;
  readonly syncs: number;
}

export type SummaryOutcome = SummaryDone | { readonly ok: false; readonly problem: PaneProblem };

/** The pane's actions that need more of Excel than reading it. */
export type PaneAction = "check" | "summarise" | "clear";

/** A requirement set this Excel lacks, which an action needs. */
export interface Missing {
  readonly set: string;
  readonly version: string;
}

export interface PaneHost {
  /**
   * Why an action cannot work in this Excel (the requirement set it needs and lacks), or null: the pane
   * disables its button and says why, rather than let a click do nothing.
   */
  unavailable(action: PaneAction): Missing | null;
  detect(mapping: CheckRequest["mapping"]): Promise<DetectOutcome>;
  check(request: CheckRequest): Promise<CheckOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  insertTemplate(): Promise<TemplateOutcome>;
  clear(): Promise<ClearOutcome>;
  summarise(request: CheckRequest): Promise<SummaryOutcome>;
}
