/**
 * One check as the pane runs it, without Office: the workbook's data in, the plan to write and the figures
 * to show out. The same engine and the same plan as the command line; only the reading of the workbook and
 * the writing of the plan are the pane's own (src/taskpane/excel).
 */
import {
  checkBatch, render, type Lang, type HistoryEntry, formatMoney, summarise, type RowResult, type Status, type Verdict,
  RESULT_HEADERS, VERDICTS, ZERO,
} from "../../engine";
import { readHistory, readRows, type SheetGrid, type TableLayout } from "../../workbook";
import { rowMessages, planAnnotation, toChineseMoney, type AnnotationPlan } from "../../output";
import { cellAddress } from "../excel/address";
import type { WorkbookData } from "../excel/read";
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
export interface ProblemView {
  readonly row: number;
  readonly cell: string;
  readonly sheet: string;
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly clause: string;
  readonly zh: string;
  readonly en: string;
}

export interface ResultSummary {
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** Rows by 审核结论 (decision 23). */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** 申请金额 = 可核定 + 待核实 + 核减, as on every row. */
  readonly claimed: string;
  readonly approvable: string;
  readonly pending: string;
  /** 核减金额: what the review cuts (the engine's excess). */
  readonly excess: string;
  readonly approvableWords: string;
  readonly pendingWords: string;
  readonly excessWords: string;
}

export type PlannedCheck =
  | {
      readonly ok: true;
      readonly plan: AnnotationPlan;
      readonly summary: ResultSummary;
      readonly problems: readonly ProblemView[];
      /** Each row's result, for 审核明细. */
      readonly results: readonly RowResult[];
      /** The last row of an earlier run's result columns, cleared before writing (0: first run). */
      readonly clearToRow: number;
    }
  | { readonly ok: false; readonly problem: PaneProblem };

export function planCheck(data: WorkbookData, request: CheckRequest): PlannedCheck {
  const detection = detectTable(data, request.mapping);
  if (!detection.ok) return { ok: false, problem: detection.problem };
  const { layout, grid } = detection;
  const taken = resultAreaTaken(grid, layout);
  if (taken) return { ok: false, problem: taken };
  if (layout.dataRows.length === 0) return { ok: false, problem: { code: "NO_ROWS", sheet: layout.sheet } };
  const settings = settingsOf(request.rates);
  if ("problem" in settings) return { ok: false, problem: settings.problem };

  const history = historyOf(data, request);
  if ("problem" in history) return { ok: false, problem: history.problem };

  const rows = readRows(grid, layout, 0);
  const results = checkBatch([rows], { settings: settings.settings, history: history.entries })[0];
  const plan = planAnnotation(layout, results, { lang: request.lang });
  return {
    ok: true,
    plan,
    summary: summaryOf(results),
    problems: problemsOf(results, layout),
    results,
    clearToRow: layout.resultFound ? grid.maxRow : 0,
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
    const text = render(issue, request.lang);
    if (row === 0) return text;
    return request.lang === "zh" ? `第 ${row} 行：${text}` : `row ${row}: ${text}`;
  });
  const more = read.issues.length > 3 ? (request.lang === "zh" ? ` 等 ${read.issues.length} 处` : ` and ${read.issues.length - 3} more`) : "";
  return { problem: { code: "HISTORY", sheet: name, detail: `${lines.join(request.lang === "zh" ? "；" : "; ")}${more}` } };
}

/**
 * The cells beside the table where the result columns go must be empty, or be the product's own from an
 * earlier run (found by header; a copy from before the verdicts has five, and the sixth must be empty).
 * Anything else is the applicant's, and the check stops before writing.
 */
export function resultAreaTaken(grid: SheetGrid, layout: TableLayout): PaneProblem | null {
  const width = RESULT_HEADERS.length;
  const from = layout.resultCol + (layout.resultFound ? layout.resultWidth ?? width : 0);
  for (let row = layout.headerRow; row <= grid.maxRow; row++) {
    const cells = grid.rows.get(row);
    if (!cells) continue;
    for (let col = from; col < layout.resultCol + width; col++) {
      const cell = cells[col];
      if (cell !== undefined) {
        return { code: "RESULT_AREA_TAKEN", sheet: layout.sheet, cell: cellAddress(row, col), found: cell.t === "bad" ? "" : String(cell.v) };
      }
    }
  }
  return null;
}

function summaryOf(results: readonly RowResult[]): ResultSummary {
  const s = summarise(results);
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let pending = ZERO;
  for (const r of results) {
    verdicts[r.verdict]++;
    pending = pending.plus(r.pending);
  }
  return {
    rows: s.rows,
    counts: { ok: s.ok, warning: s.warning, error: s.error },
    verdicts,
    // What was requested (a blank claim requests its eligible amount): claimed = approvable + pending + excess.
    claimed: formatMoney(s.requested),
    approvable: formatMoney(s.approvable),
    pending: formatMoney(pending),
    excess: formatMoney(s.excess),
    approvableWords: toChineseMoney(s.approvable),
    pendingWords: toChineseMoney(pending),
    excessWords: toChineseMoney(s.excess),
  };
}

function problemsOf(results: readonly RowResult[], layout: TableLayout): ProblemView[] {
  const firstCol = [...layout.columns.values()].reduce((m, c) => Math.min(m, c.index), Infinity);
  return results.flatMap((r) =>
    rowMessages(r.issues, layout).map((m) => ({
      row: r.ref.row,
      cell: cellAddress(r.ref.row, m.col ?? firstCol),
      sheet: layout.sheet,
      severity: m.severity,
      code: m.issue.code,
      clause: m.clause,
      zh: m.zh,
      en: m.en,
    })),
  );
}
