/**
 * The names of the sheets the product adds to a workbook (REPORT.md "In the workbook", "For managers"). A
 * name claims nothing (the ownership record does, session/records.ts): 清除审核结果 names a sheet of ours
 * that no record vouches for rather than delete it.
 */
import { DETAIL_SHEET_NAME, FORM_SHEET_NAME, INFO_SHEET_NAME, ISSUE_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../output";

export { INFO_SHEET_NAME } from "../../output";

export const OUR_SHEETS: readonly string[] = [SUMMARY_SHEET_NAME, ISSUE_SHEET_NAME, DETAIL_SHEET_NAME, INFO_SHEET_NAME, FORM_SHEET_NAME];
