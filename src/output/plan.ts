/**
 * What a check writes into a workbook (REPORT.md "In the workbook"), decided once for both hosts: the xlsx
 * writer of the command line and the Office adapter of the task pane. Pure data in, pure data out; no Node.
 */
import { rowText } from "../engine/catalog";
import { RESULT_HEADERS } from "../engine/columns";
import type { Severity } from "../engine/issues";
import { centsOfResult } from "../engine/evaluate";
import type { RowResult } from "../engine/types";
import type { AnnotationPlan, CellMark, ManagerOutput, PlanValue, StagedPlan, TablePlan } from "./types";
import type { TableLayout } from "../workbook/types";
import { buildIssueSheet, tableFirstCol } from "./issueSheet";
import { VERDICT_WORDS, worse } from "./labels";
import { messagePlace, messageText, noteOf } from "./messages";
import { centsNumber } from "./moneyNumber";
import { neutralise } from "./neutralise";
import { detailRows } from "./detail";
import { buildInfoSheet, type CheckInfo } from "./infoSheet";
import { summaryLayout } from "./summaryLayout";
import { otherTablesShort } from "./otherTables";
import { buildReviewForm } from "./reviewForm";

export interface PlanOptions {
  /** Language of the cell notes and of 问题清单; the result columns and other sheets are Chinese. Default "zh". */
  readonly lang?: "zh" | "en";
  /** The file's name as the summary sheet shows it. */
  readonly fileLabel?: string;
  /** Keep only results of this file of the batch (RowRef.file); default: every result given. */
  readonly file?: number;
  /** How the check was made, for the sheets 审核信息 and 审核意见表; without it they are not written. */
  readonly info?: CheckInfo;
}

/** Indexes of 可核定金额（元）, 待核实金额（元） and 核减金额（元） among the result values (RESULT_HEADERS). */
const MONEY_COLUMNS = [1, 2, 3] as const;

export function planAnnotation(layout: TableLayout, results: readonly RowResult[], options: PlanOptions = {}): AnnotationPlan {
  const staged = stagePlan(layout, results, options);
  const issueSheet = staged.issueSheet();
  const managers = staged.managers();
  return { ...staged.table, issueSheet, summarySheet: managers.summary.sheet, managers };
}

/**
 * The same plan with our sheets made only when a writer asks for each (once): the result columns and marks
 * now, 问题清单 and the sheets for managers later, so a writer that lets each go once it is written never
 * holds them all (a table of 100,000 rows: the 审核明细 rows alone are tens of megabytes).
 */
export function stagePlan(
  layout: TableLayout, results: readonly RowResult[], options: PlanOptions = {},
): StagedPlan & { readonly managers: () => ManagerOutput } {
  const lang = options.lang ?? "zh";
  const rows = options.file === undefined ? results : results.filter((r) => r.ref.file === options.file);
  const label = options.fileLabel ?? layout.sheet;
  const table: TablePlan = {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    resultCol: layout.resultCol,
    resultHeaders: [...RESULT_HEADERS],
    resultRows: rows.map((r) => ({ row: r.ref.row, values: resultValues(r), verdict: r.verdict })),
    moneyColumns: [...MONEY_COLUMNS],
    marks: planMarks(rows, layout, lang),
    tableFirstCol: tableFirstCol(layout),
    ...titleColumnsOf(layout),
    ...(layout.secondHeaderRow === undefined ? {} : { lastHeaderRow: layout.secondHeaderRow }),
    ...(layout.tableName === undefined ? {} : { tableName: layout.tableName }),
  };
  return {
    table,
    issueSheet: () => buildIssueSheet(layout, rows, lang),
    managers: () => {
      const detail = detailRows(rows, () => label);
      return {
        detail,
        summary: summaryLayout(detail, [label]),
        ...(options.info
          ? {
            info: buildInfoSheet(options.info),
            form: buildReviewForm(rows, { covers: [`${label}（工作表「${layout.sheet}」${layout.otherTables?.length ? `；${otherTablesShort(layout.otherTables)}` : ""}）`], checkedAt: options.info.checkedAt }),
          }
          : {}),
      };
    },
  };
}

/**
 * The columns up to 单位名称, kept in sight on screen and on paper; not when the unit's name stands so far
 * right that they would fill the window or the page themselves.
 */
const MAX_TITLE_COLUMNS = 6;

function titleColumnsOf(layout: TableLayout): { titleColumns?: number } {
  const unit = layout.columns.get("unit");
  return unit && unit.index < MAX_TITLE_COLUMNS ? { titleColumns: unit.index + 1 } : {};
}

function resultValues(r: RowResult): PlanValue[] {
  // The catalog orders a row's text in one place for every host: a refused row says why first (its
  // errors), then the calculation, then its warnings; any other row begins with its calculation.
  return [
    VERDICT_WORDS[r.verdict],
    centsNumber(centsOfResult(r, "approvable")),
    centsNumber(centsOfResult(r, "pending")),
    centsNumber(centsOfResult(r, "excess")),
    neutralise(rowText(r, "zh")),
    neutralise(r.item?.clause ?? ""),
  ];
}

/** More than a sheet's columns (Excel's 16,384): a row's keys stay apart from the next row's. */
const COLUMN_KEYS = 1 << 15;

/**
 * One mark per cell that a message names and the table has: several messages on a cell share the mark, their
 * notes one per line, its severity the worst of them. Ordered by row, then column, so the plan is stable.
 */
function planMarks(rows: readonly RowResult[], layout: TableLayout, lang: "zh" | "en"): CellMark[] {
  // Keyed by a number made of the row and the column (a column is below COLUMN_KEYS): no string made and
  // hashed for each message of 100,000 rows.
  const byCell = new Map<number, { row: number; col: number; severity: Severity; notes: string[] }>();
  for (const r of rows) {
    for (const issue of r.issues) {
      // Only the note's language is rendered, and only for a message on a cell the table has.
      const message = messagePlace(issue, layout);
      if (message.col === undefined) continue;
      const key = r.ref.row * COLUMN_KEYS + message.col;
      const note = noteOf(messageText(issue, lang), message.clause, lang);
      const mark = byCell.get(key);
      if (mark) {
        mark.severity = worse(mark.severity, message.severity);
        if (!mark.notes.includes(note)) mark.notes.push(note);
      } else {
        byCell.set(key, { row: r.ref.row, col: message.col, severity: message.severity, notes: [note] });
      }
    }
  }
  return [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((m) => ({ row: m.row, col: m.col, severity: m.severity, note: m.notes.join("\n") }));
}
