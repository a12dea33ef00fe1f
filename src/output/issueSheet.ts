/**
 * The sheet 问题清单: one row per message, in the report's language, with a link from its 单元格 cell to the cell the message names,
 * or to the row's first cell when the table has no column for it.
 */
import { clauseNumber, type Lang } from "../engine/catalog";
import type { RowResult } from "../engine/types";
import type { PlanRow, PlanSheet } from "./types";
import type { TableLayout } from "../workbook/types";
import { cellAddress } from "./cellRef";
import { ISSUE_SHEET_NAME, SEVERITY_WORDS } from "./labels";
import { messagePlace, messageText } from "./messages";
import { neutralise } from "./neutralise";
import { LINE_HEIGHT, wrappedLines } from "./widths";

/** The sheet's words in the report's language (REPORT.md rev. 3: 问题清单 is in that language only). */
const WORDS = {
  zh: {
    headers: ["序号", "行号", "单元格", "单位名称", "支持事项", "严重程度", "代码", "条款", "说明"],
    severity: SEVERITY_WORDS,
    noColumn: (header: string) => `（无「${header}」列）`,
  },
  en: {
    headers: ["No.", "Row", "Cell", "Unit", "Item", "Severity", "Code", "Clause", "Message"],
    severity: { error: "error", warning: "warning" },
    noColumn: (header: string) => ` (no "${header}" column)`,
  },
} as const;

export const ISSUE_HEADERS = WORDS.zh.headers;

/**
 * Widths that print one A4 landscape page wide at 8 pt or more (printScale.ts): 单元格, 单位名称, 支持事项
 * and 说明 wrap within theirs.
 */
const WIDTHS = [6, 6, 12, 18, 18, 8, 20, 8, 40] as const;
const WRAPPING = [2, 3, 4, 8] as const;

/** Index of 单元格 in ISSUE_HEADERS: the cell that carries the link. */
export const ISSUE_LINK_COL = 2;

export function buildIssueSheet(layout: TableLayout, results: readonly RowResult[], lang: Lang = "zh"): PlanSheet {
  const w = WORDS[lang];
  const firstCol = tableFirstCol(layout);
  const rows: PlanRow[] = [{ values: [...w.headers], bold: true }];
  let seq = 0;
  for (const r of results) {
    // Most rows have no message: their unit and item are made text only for a row that lists one.
    if (r.issues.length === 0) continue;
    const unit = neutralise(r.input.unit ?? "");
    const item = neutralise((lang === "zh" ? r.item?.name : r.item?.nameEn) ?? r.input.item ?? "");
    for (const issue of r.issues) {
      // The sheet is in one language: only that one is rendered.
      const m = messagePlace(issue, layout);
      seq += 1;
      const target = cellAddress(r.ref.row, m.col ?? firstCol);
      // A message on a column the table lacks still links to its row; the cell text says the column is absent.
      const shown = m.col !== undefined || m.fieldHeader === undefined ? target : `${target}${w.noColumn(m.fieldHeader)}`;
      const clause = m.clause === "" ? m.clause : clauseNumber(m.clause, lang);
      const values = [seq, r.ref.row, shown, unit, item, w.severity[m.severity], m.issue.code, clause, messageText(issue, lang)];
      let lines = 1;
      for (const c of WRAPPING) lines = Math.max(lines, wrappedLines(String(values[c]), WIDTHS[c]));
      rows.push({
        values,
        link: { col: ISSUE_LINK_COL, sheet: layout.sheet, cell: target },
        ...(lines > 1 ? { height: lines * LINE_HEIGHT } : {}),
      });
    }
  }
  return { name: ISSUE_SHEET_NAME, rows, columnWidths: [...WIDTHS], headerRows: 1, wrapColumns: [...WRAPPING] };
}

/** The row's first cell: the leftmost column the table is known to have. */
export function tableFirstCol(layout: TableLayout): number {
  let first = Infinity;
  for (const c of layout.columns.values()) first = Math.min(first, c.index);
  return Number.isFinite(first) ? first : 0;
}
