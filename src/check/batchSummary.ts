/**
 * The batch workbook (`lygip check --summary`, and a page's download): 汇总, 审核明细, 审核信息 and 审核意见表
 * across every file of the batch, as bytes. Where it is written is the host's business.
 */
import type { RowResult } from "../engine";
import { buildInfoSheet, buildReviewForm, detailRows, summaryLayout, type CheckInfo } from "../output";
import { summaryWorkbookXlsx } from "../workbook/node";

/** `fileOf(i)` names the batch's file i (RowRef.file) as the host was given it. */
export function batchSummaryXlsx(results: readonly RowResult[], fileOf: (file: number) => string, info: CheckInfo): Uint8Array {
  const detail = detailRows(results, fileOf);
  const files = info.files.filter((f) => !f.error).map((f) => f.name);
  const form = buildReviewForm(results, { covers: files, checkedAt: info.checkedAt, fileOf });
  return summaryWorkbookXlsx({ detail, summary: summaryLayout(detail, files), info: buildInfoSheet(info), form });
}
