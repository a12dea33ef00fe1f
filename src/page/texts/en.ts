/** The page's words in English (the second language). */
import { citeClause, clauseNote } from "../../engine";
import { ITEMS } from "../../policy";
import type { PageTexts } from "./types";

/** An English reader is offered the codes and English names of the items a word may mean. */
function englishNames(names: readonly string[]): string {
  return names.map((n) => {
    const item = ITEMS.find((i) => i.name === n);
    return item ? `${item.code} (${item.nameEn})` : n;
  }).join("; ");
}

export const en: PageTexts = {
  title: "Lianyungang IP funding check",
  subtitle: "Policy 连政规发〔2025〕3号 · web page: files are checked in this browser, never uploaded",
  otherLanguage: "中文",
  filesStep: "Application workbooks",
  drop: "Drop application workbooks here (.xlsx, several make one batch), or",
  pick: "choose files",
  chosen: (n) => `${n} file(s), checked as one batch in this order:`,
  remove: "Remove",
  clearFiles: "Clear",
  settingsStep: "Settings (optional)",
  history: "Earlier approvals (xlsx or csv)",
  pickHistory: "Choose file",
  noHistory: "(none)",
  rates: "Rates set by this year's notice, one per line: item=rate, e.g. PLEDGE_LOAN=0.25",
  checkStep: "Check",
  check: "Check",
  cancel: "Cancel",
  cancelled: "The check was cancelled; nothing was produced.",
  needFiles: "Choose at least one application workbook first.",
  progress: (step, done, total, name) => {
    const file = name ? `: ${name}` : "";
    switch (step) {
      case "reading":
        return `Reading ${done}/${total}${file}`;
      case "checking":
        return "Checking…";
      case "writing":
        return `Writing annotated copies ${done}/${total}${file}`;
      case "summary":
        return "Writing the batch workbook…";
    }
  },
  failed: (detail) => `The check could not finish: ${detail}`,
  resultsStep: "Results",
  downloads: "Downloads",
  downloadCopy: (name) => `Annotated copy ${name}`,
  downloadSummary: (name) => `Batch workbook ${name}`,
  downloadJson: (name) => `JSON report ${name}`,
  jsonMaking: (name) => `JSON report ${name}: being made …`,
  jsonFailed: (name) => `JSON report ${name}: could not be made; check again`,
  copyMaking: (name) => `Annotated copy of ${name}: being made …`,
  copyLost: (name) => `Annotated copy of ${name}: could not be made; check again`,
  summaryMaking: (name) => `Batch workbook ${name}: being made …`,
  summaryFailed: (name) => `Batch workbook ${name}: could not be made; check again`,
  fileRows: (rows, sheet) => `sheet “${sheet}”, ${rows} rows`,
  fileProblem: (name, detail) => `${name}: ${detail}`,
  skipped: "written by lygip, not an application; skipped",
  noCopy: (detail) => `annotated copy not written: ${detail}`,
  filterVerdict: "Verdict",
  filterFile: "File",
  all: "All",
  problemsIn: (name) => name,
  rowLabel: (row) => `Row ${row}`,
  shownRows: (from, to, rows, problems) => `Showing rows ${from}–${to} of ${rows} with problems (${problems} problems)`,
  pages: "Problem list pages",
  page: "Page",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  previousPage: "Previous",
  nextPage: "Next",
  historyUsed: (name, entries, leftOut) => `Earlier approvals ${name}: ${entries} entries${leftOut > 0 ? `; ${leftOut} outside the policy's years, not counted` : ""}`,
  rateProblem: (p) => {
    switch (p.kind) {
      case "shape":
        return `A rate is item=rate, e.g. PLEDGE_LOAN=0.25 (got “${p.spec}”)`;
      case "unknown":
        if (p.several) return `“${p.text}” could be several items: ${englishNames(p.names)}; give the item code or full name`;
        return `Unknown item “${p.text}”${p.names.length ? `; nearest: ${englishNames(p.names)}` : ""}`;
      case "notRate":
        return `${p.code} (${p.nameEn}) is not computed at a rate`;
      case "fixed":
        return `The rate of ${p.code}, ${p.rate}, is fixed by ${citeClause(p.clause, "en")} and cannot be set`;
      case "notNumber":
        return `“${p.text}” is not a rate above 0 and at most 100%; write 0.25, 25 or 25%`;
      case "above":
        return `${p.rate} for ${p.code} is above the maximum ${p.max} of ${citeClause(p.clause, "en")}`;
    }
  },
  historyProblem: (name, detail) => `The earlier approvals file ${name} cannot be read: ${detail}`,
  historyUnclosed: (lines) => `line(s) ${lines.slice(0, 50).join(", ")} cannot be read: the quote opened on line ${lines[0]} is never closed, so every line after it runs into one cell; close the quote on that line and check again`,
  historyRows: (count, first) => `${count} entries cannot be read, e.g. ${first}`,
  historyRow: (row, detail) => (row === 0 ? detail : `row ${row}: ${detail}`),
  clauseNote: (c) => clauseNote(c, "en"),
  noscript: "This page needs JavaScript.",
  language: "Language",
  offline: "This page makes no network request: every file is read and checked in this browser.",
  rows: (n) => `${n} rows`,
  verdictsLabel: "Verdicts",
  severitiesLabel: "Messages",
  ok: "No issues",
  warning: "Warnings",
  error: "Errors",
  severity: { error: "Error", warning: "Warning" },
  claimed: "Requested",
  approvable: "Approvable",
  pending: "Pending verification",
  excess: "Reduced by review",
  identity: "Requested = approvable + pending + reduced",
  problems: (n) => `Problems (${n})`,
  noProblems: "No problems found.",
  noRows: "No application rows to check.",
};
