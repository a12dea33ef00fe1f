/**
 * What a batch's check tells the sheet 审核信息 (when, which version, the rates in force, the history file,
 * the batch's files), and the batch workbook (`lygip check --summary`, and a page's download): 汇总, 审核明细,
 * 审核信息 and 审核意见表 across every file of the batch, as bytes. Where it is written is the host's business.
 */
import { render, TOOL_VERSION, type CheckSettings, type ClaimRow, type Issue, type RowResult } from "../engine";
import { buildInfoSheet, buildReviewForm, detailRows, paperFileLabel, summaryLayout, type CheckInfo } from "../output";
import type { TableLayout } from "../workbook";
import { summaryWorkbookXlsx } from "../writer";

/** One file of the batch as 审核信息 lists it: its name as given, and its table or why it was not read. */
export type BatchFileRead =
  | { readonly ok: true; readonly name: string; readonly layout: TableLayout; readonly rows: readonly ClaimRow[] }
  | { readonly ok: false; readonly name: string; readonly issue: Issue };

export function checkInfoOf(
  files: readonly BatchFileRead[], checkedAt: Date, settings: CheckSettings | undefined, history?: { file: string; entries: number },
): CheckInfo {
  return {
    checkedAt: checkedAt.toISOString(),
    version: TOOL_VERSION,
    ...(settings ? { settings } : {}),
    ...(history ? { history } : {}),
    files: files.map((f) =>
      f.ok
        ? { name: f.name, sheet: f.layout.sheet, rows: f.rows.length, ...(f.layout.otherTables ? { otherTables: f.layout.otherTables } : {}) }
        : { name: f.name, rows: 0, error: render(f.issue, "zh") },
    ),
  };
}

/** `fileOf(i)` names the batch's file i (RowRef.file) as the host was given it. */
export function batchSummaryXlsx(results: readonly RowResult[], fileOf: (file: number) => string, info: CheckInfo): Uint8Array {
  const detail = detailRows(results, fileOf);
  // Every file of the batch, with what of it was not checked: a signed form covers what it says it covers.
  const files = info.files.map(paperFileLabel);
  const form = buildReviewForm(results, { covers: files, checkedAt: info.checkedAt, fileOf });
  return summaryWorkbookXlsx({ detail, summary: summaryLayout(detail, files), info: buildInfoSheet(info), form });
}
