/**
 * One check, whatever the host: a workbook in (an xlsx file opened by the reader, the sheets Office.js
 * loaded, a custom function's range), the table found once, its rows read and checked by the engine, and one
 * plan out — result columns, marks and notes, 问题清单, 汇总, 审核明细, 审核信息 and 审核意见表, widths — with
 * whether the result cells are free and the problem list a host shows. The command line writes the plan
 * with the xlsx writer, the task pane renders it through the Office adapter, APPROVE takes the results.
 * Pure: no Office, no file system.
 */
import {
  checkBatch, type CheckSettings, type ClaimRow, type HistoryEntry, type Issue, type RowResult, type Severity,
} from "../engine";
import {
  cellAddress, planAnnotation, rowMessages, stagePlan, tableFirstCol, type AnnotationPlan, type PlanOptions, type StagedPlan,
} from "../output";
import { LIMITS, readRows, type SheetGrid, type TableLayout } from "../workbook";
import { locateTable } from "./locate";
import type { WorkbookSource } from "./source";

export type TableRead =
  | {
      readonly ok: true;
      readonly layout: TableLayout;
      readonly rows: ClaimRow[];
      /** The table sheet's last row (an earlier run's result columns are cleared down to it). */
      readonly maxRow: number;
    }
  | { readonly ok: false; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

export interface ReadOptions {
  /** How a sheet is seen before the search (the pane's columns mapped by hand). */
  readonly view?: (grid: SheetGrid) => SheetGrid;
  /** Called once the table is found, before its rows are read (the file reader checks its other parts). */
  readonly verify?: () => void;
}

/** The table of one workbook, file `fileIndex` of the batch, and its rows. May throw what the source throws. */
export function readTable(source: WorkbookSource, fileIndex: number, options: ReadOptions = {}): TableRead {
  const found = locateTable(source, options.view);
  if (!found.ok) return found;
  const { layout } = found;
  options.verify?.();
  if (layout.dataRows.length > LIMITS.maxTableRows) {
    return {
      ok: false, sheet: layout.sheet, headerRow: layout.headerRow,
      issue: { code: "UNREADABLE_FILE", reason: "limits", found: { d: "too-many-table-rows", rows: layout.dataRows.length, max: LIMITS.maxTableRows } },
    };
  }
  // The grid read is the one as read: a view only steers the search, never the data. It is not kept: a
  // batch of large files holds their rows, not their cells.
  const grid = source.readSheet(layout.sheet);
  return { ok: true, layout, rows: readRows(grid, layout, fileIndex), maxRow: grid.maxRow };
}

export interface BatchOptions {
  readonly settings?: CheckSettings;
  readonly history?: readonly HistoryEntry[];
  /** Each file checked alone (--separate) rather than the files as one batch. */
  readonly separate?: boolean;
  readonly fileName?: (file: number) => string | undefined;
  /** The history file as the user gave it, named by messages pointing to its entries (decision 21). */
  readonly historyFile?: string;
}

/** The rows of every readable table, checked as one batch (or each alone): each table's results. */
export function checkTables(tables: readonly Extract<TableRead, { ok: true }>[], options: BatchOptions = {}): RowResult[][] {
  const batches = options.separate ? tables.map((t) => [t]) : [tables];
  const out: RowResult[][] = [];
  for (const batch of batches) {
    const results = checkBatch(batch.map((t) => t.rows), {
      settings: options.settings, history: options.history, fileName: options.fileName, historyFile: options.historyFile,
    });
    for (const r of results) out.push(r);
  }
  return out;
}

/** One message of a row as a host lists it; `cell` is the cell it names, or the row's first table cell. */
export interface ProblemRef {
  readonly row: number;
  readonly cell: string;
  readonly sheet: string;
  readonly severity: Severity;
  readonly code: string;
  readonly clause: string;
  readonly zh: string;
  readonly en: string;
}

export interface CheckedPlan {
  readonly plan: AnnotationPlan;
  readonly problems: readonly ProblemRef[];
}

/** What a checked table's results put into its workbook, and what the hosts show of it. */
export function planTable(table: Extract<TableRead, { ok: true }>, results: readonly RowResult[], options: PlanOptions = {}): CheckedPlan {
  const plan = planAnnotation(table.layout, results, options);
  return { plan, problems: problemsOf(results, table.layout) };
}

/**
 * The same plan with our sheets made as the copy's writer comes to each (StagedPlan), for a host that writes
 * an xlsx: a large table's sheets are then not all held at once.
 */
export function stageTable(table: Extract<TableRead, { ok: true }>, results: readonly RowResult[], options: PlanOptions = {}): StagedPlan {
  return stagePlan(table.layout, results, options);
}

/** The messages of a checked table's rows as a host lists them, each naming its cell. */
export function problemsOf(results: readonly RowResult[], layout: TableLayout): ProblemRef[] {
  const firstCol = tableFirstCol(layout);
  const out: ProblemRef[] = [];
  for (const r of results) {
    for (const m of rowMessages(r.issues, layout)) {
      out.push({
        row: r.ref.row, cell: cellAddress(r.ref.row, m.col ?? firstCol), sheet: layout.sheet,
        severity: m.severity, code: m.issue.code, clause: m.clause, zh: m.zh, en: m.en,
      });
    }
  }
  return out;
}

export interface CheckedWorkbook {
  readonly read: TableRead;
  /** Present where the table was read. */
  readonly results?: readonly RowResult[];
  readonly checked?: CheckedPlan;
}

export interface CheckWorkbooksOptions extends BatchOptions {
  /** Each file's plan options; false: no plan (a custom function takes the results only). */
  readonly plan?: ((file: number) => PlanOptions) | false;
  readonly read?: ReadOptions;
}

/**
 * The one entry: one workbook (or several, as one batch) in, each one's verdicts and plan out. A host that
 * needs to act between the steps (the command line reports each file's reading) calls them itself.
 */
export function checkWorkbooks(sources: readonly WorkbookSource[], options: CheckWorkbooksOptions = {}): CheckedWorkbook[] {
  const reads = sources.map((s, i) => readTable(s, i, options.read));
  const readable = reads.filter((r): r is Extract<TableRead, { ok: true }> => r.ok);
  const results = checkTables(readable, options);
  return reads.map((read, file) => {
    if (!read.ok) return { read };
    const mine = results[readable.indexOf(read)]!;
    if (options.plan === false) return { read, results: mine };
    return { read, results: mine, checked: planTable(read, mine, options.plan?.(file) ?? {}) };
  });
}
