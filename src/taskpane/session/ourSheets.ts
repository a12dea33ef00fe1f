/**
 * The sheets the product adds to a workbook, by name (REPORT.md "In the workbook", "For managers"). A re-run
 * replaces them and 清除审核结果 deletes them; the order is the order of deletion: 汇总's PivotTables go
 * before 审核明细, the table they read.
 */
import { DETAIL_SHEET_NAME, ISSUE_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../output";

/** REPORT.md's 审核信息; the command line writes it, and a clear removes one found in a workbook. */
export const INFO_SHEET_NAME = "审核信息";

export const OUR_SHEETS: readonly string[] = [SUMMARY_SHEET_NAME, ISSUE_SHEET_NAME, DETAIL_SHEET_NAME, INFO_SHEET_NAME];
