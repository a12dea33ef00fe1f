/** The words the annotated workbook shows for statuses and severities (REPORT.md "In the workbook"). */
import type { Severity } from "../engine/issues";
import { VERDICT_WORDS as CATALOG_VERDICT_WORDS } from "../engine/catalog/verdict";
import type { Status, Verdict } from "../engine/types";

export const STATUS_WORDS: Readonly<Record<Status, string>> = { ok: "通过", warning: "有警告", error: "有错误" };

/** 审核结论 as the workbook writes it (MEASURES.md decision 23): the catalog's Chinese words, the ones a reviewer signs. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = CATALOG_VERDICT_WORDS.zh;

/**
 * The fill of a 审核结论 cell (RGB): light enough that black text reads on it printed in black and white,
 * where the word itself tells the verdicts apart. Green, orange, red and blue as a reviewer expects them.
 */
export const VERDICT_FILLS: Readonly<Record<Verdict, string>> = {
  approved: "C6EFCE", reduced: "FFE5B4", rejected: "FFC7CE", review: "DDEBF7",
};

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告" };

/** The worse of two severities: an error outranks a warning. */
export function worse(a: Severity, b: Severity): Severity {
  return a === "error" || b === "error" ? "error" : "warning";
}

/** Names of the sheets the product adds; a re-run replaces sheets of these names. */
export const ISSUE_SHEET_NAME = "问题清单";
export const SUMMARY_SHEET_NAME = "汇总";

/** Every note the product writes starts with this, so a reader (and a re-run) knows where it came from. */
export const NOTE_PREFIX: Readonly<Record<"zh" | "en", string>> = { zh: "lygip 审核：", en: "lygip check: " };
