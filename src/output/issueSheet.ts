/**
 * The sheet 问题清单: one row per message, with a link from its 单元格 cell to the cell the message names,
 * or to the row's first cell when the table has no column for it.
 */
import type { RowResult } from "../engine/types";
import type { PlanRow, PlanSheet } from "./types";
import type { TableLayout } from "../workbook/types";
import { cellAddress } from "./cellRef";
import { ISSUE_SHEET_NAME, SEVERITY_WORDS } from "./labels";
import { rowMessages } from "./messages";
import { neutralise } from "./neutralise";

export const ISSUE_HEADERS = ["序号", "行号", "单元格", "单位名称", "支持事项", "严重程度", "代码", "条款", "说明", "Message"] as const;

/** Index of 单元格 in ISSUE_HEADERS: the cell that carries the link. */
export const ISSUE_LINK_COL = 2;

export function buildIssueSheet(layout: TableLayout, results: readonly RowResult[]): PlanSheet {
  const firstCol = tableFirstCol(layout);
  const rows: PlanRow[] = [{ values: [...ISSUE_HEADERS], bold: true }];
  let seq = 0;
  for (const r of results) {
    const unit = neutralise(r.input.unit ?? "");
    const item = neutralise(r.item?.name ?? r.input.item ?? "");
    for (const m of rowMessages(r.issues, layout)) {
      seq += 1;
      const target = cellAddress(r.ref.row, m.col ?? firstCol);
      // A message on a column the table lacks still links to its row; the cell text says the column is absent.
      const shown = m.col !== undefined || m.fieldHeader === undefined ? target : `${target}（无「${m.fieldHeader}」列）`;
      rows.push({
        values: [seq, r.ref.row, shown, unit, item, SEVERITY_WORDS[m.severity], m.issue.code, m.clause, m.zh, m.en],
        link: { col: ISSUE_LINK_COL, sheet: layout.sheet, cell: target },
      });
    }
  }
  return { name: ISSUE_SHEET_NAME, rows, columnWidths: [6, 6, 12, 30, 26, 8, 20, 8, 60, 60], headerRows: 1 };
}

/** The row's first cell: the leftmost column the table is known to have. */
export function tableFirstCol(layout: TableLayout): number {
  let first = Infinity;
  for (const c of layout.columns.values()) first = Math.min(first, c.index);
  return Number.isFinite(first) ? first : 0;
}
