/**
 * One check as the pane runs it, without Office: the workbook's data in, the plan to write and the figures
 * to show out. The table found, read, checked and planned by the check every host runs (src/check); only
 * the reading of the workbook and the writing of the plan are the pane's own (src/taskpane/excel).
 */
import { historyIssueText, type Lang, type HistoryEntry, summarise, type RowResult } from "../../engine";
import { checkTables, firstRefused, planTable, readTable, resultCellsOf, resultsEvidence, type ProblemRef, type ResultBlock } from "../../check";
import { readHistory } from "../../workbook";
import { shownTotals, type AnnotationPlan, type ShownTotals } from "../../output";
import type { WorkbookData } from "./ports";
import type { ItemCode } from "../../policy";
import { detectTable, type Mapping } from "./detect";
import type { PaneProblem } from "./problems";
import { settingsOf } from "./settings";

export interface CheckRequest {
  readonly mapping: Mapping;
  /** Typed rates by item; blank or absent: the clause's own rate. */
  readonly rates: Readonly<Partial<Record<ItemCode, string>>>;
  readonly lang: Lang;
  /** A sheet of earlier approvals (单位名称/统一社会信用代码, 申报年度, 支持事项, 核定金额), as --history. */
  readonly historySheet?: string;
}

/** One message of the results list; clicking it selects `cell` on `sheet`. */
export type ProblemView = ProblemRef;

/** The figures the pane shows: the builder the page uses too (src/output). */
export type ResultSummary = ShownTotals;

export type PlannedCheck =
  | {
      readonly ok: true;
      readonly plan: AnnotationPlan;
      readonly summary: ResultSummary;
      readonly problems: readonly ProblemView[];
      /** Each row's result, for 审核明细. */
      readonly results: readonly RowResult[];
      /** The earlier check's result cells (vouched for by its record), cleared before writing. */
      readonly earlier?: ResultBlock;
    }
  | { readonly ok: false; readonly problem: PaneProblem };

export function planCheck(data: WorkbookData, request: CheckRequest): PlannedCheck {
  const detection = detectTable(data, request.mapping);
  if (!detection.ok) return { ok: false, problem: detection.problem };
  const table = readTable(detection.source, 0, { view: detection.view });
  if (!table.ok) return { ok: false, problem: { code: "TABLE", issue: table.issue } };
  const { layout } = table;
  if (layout.dataRows.length === 0) return { ok: false, problem: { code: "NO_ROWS", sheet: layout.sheet } };
  const settings = settingsOf(request.rates);
  if ("problem" in settings) return { ok: false, problem: settings.problem };

  const history = historyOf(data, request);
  if ("problem" in history) return { ok: false, problem: history.problem };

  const [results] = checkTables([table], { settings: settings.settings, history: history.entries });
  const { plan, problems } = planTable(table, results!, { lang: request.lang });
  // Whose the cells are where the results go: the rule every host applies, on the cells Excel holds.
  const grid = data.sheets.find((g) => g.name === layout.sheet)!;
  const cells = resultCellsOf(plan, grid, resultsEvidence(data.ownershipParts ?? [], data.sheets, layout.sheet));
  if (!cells.ok) return { ok: false, problem: { code: "RESULT_AREA_TAKEN", ...firstRefused(cells, plan, grid) } };
  return {
    ok: true,
    plan,
    summary: shownTotals(summarise(results!)),
    problems,
    results: results!,
    ...(cells.owned ? { earlier: cells.owned } : {}),
  };
}

/** The history sheet's entries; any row it cannot read stops the check, as a bad --history file does. */
function historyOf(data: WorkbookData, request: CheckRequest): { entries: HistoryEntry[] } | { problem: PaneProblem } {
  const name = request.historySheet;
  if (!name) return { entries: [] };
  const grid = data.sheets.find((g) => g.name === name);
  if (!grid) return { problem: { code: "HISTORY", sheet: name, detail: request.lang === "zh" ? "工作表不存在" : "no such sheet" } };
  const read = readHistory(grid);
  if (read.issues.length === 0) return { entries: read.entries };
  const lines = read.issues.slice(0, 3).map(({ row, issue }) => {
    const text = historyIssueText(issue, request.lang);
    if (row === 0) return text;
    return request.lang === "zh" ? `第 ${row} 行：${text}` : `row ${row}: ${text}`;
  });
  const more = read.issues.length > 3 ? (request.lang === "zh" ? ` 等 ${read.issues.length} 处` : ` and ${read.issues.length - 3} more`) : "";
  return { problem: { code: "HISTORY", sheet: name, detail: `${lines.join(request.lang === "zh" ? "；" : "; ")}${more}` } };
}
