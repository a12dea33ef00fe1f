/**
 * APPROVE: the approvable amount of every row of an application table, as the command line and the task
 * pane approve it. The range is read as a sheet (its header row found as in any file, its cells read by
 * the same readers) and checked as one batch by the engine, so every rule across rows — duplicates,
 * one-time and two-year awards, full tens per unit and year, loan months shared across rows, the running
 * annual caps in sheet order — is the engine's own, never a second copy here.
 *
 * The result spills one cell per row of the range: the header row gets the result column's heading, each
 * data row its value in that column, other rows stay empty. The column is the second, optional argument:
 * 可核定金额 (the default: what the row approves, an over-claim its capped amount, a refused row 0), 待核实金额,
 * 核减金额 or 审核结论 — the result columns of the annotated copy (REPORT.md "In the workbook", decision 23).
 */
import { RESULT_HEADERS, render, type RowResult } from "../engine";
import { checkWorkbooks, gridSource, type CheckedWorkbook } from "../check";
import { normalise } from "../policy";
import { VERDICT_WORDS } from "../output";
import type { RawCell, SheetGrid } from "../workbook";
import { isBlank, type CellArg } from "./args";
import { invalid, success, type FnResult } from "./result";

export type ApproveCell = number | string;

/** The range's name for messages: the parameter as the zh-CN metadata names it. */
const RANGE = "申报表";
/** The column argument's name, as the zh-CN metadata names it. */
const COLUMN = "结果列";

/** The columns APPROVE can spill: the result header it heads the spill with, and each row's value. */
const SPILLS = [
  { header: RESULT_HEADERS[1], words: ["可核定金额", "approvable"], value: (r: RowResult): ApproveCell => r.approvable.toNumber() },
  { header: RESULT_HEADERS[2], words: ["待核实金额", "pending"], value: (r: RowResult): ApproveCell => r.pending.toNumber() },
  { header: RESULT_HEADERS[3], words: ["核减金额", "excess", "reduced"], value: (r: RowResult): ApproveCell => r.excess.toNumber() },
  { header: RESULT_HEADERS[0], words: ["审核结论", "verdict"], value: (r: RowResult): ApproveCell => VERDICT_WORDS[r.verdict] },
] as const;

/** The column a typed word names (with or without （元）, spaces or case); blank is 可核定金额. */
function spillOf(column: CellArg): (typeof SPILLS)[number] | null {
  if (isBlank(column)) return SPILLS[0];
  const key = normalise(String(column)).replace(/\(元\)$/, "");
  return SPILLS.find((s) => s.words.some((w) => normalise(w) === key)) ?? null;
}

/** A cell as Excel passes it to a custom function, as the table reader sees a cell of a file. */
function rawCell(value: CellArg): RawCell | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? { t: "n", v: String(value) } : { t: "bad", fault: { fault: "unreadable-value", found: String(value) } };
  if (typeof value === "boolean") return { t: "b", v: value };
  return { t: "s", v: String(value) };
}

/** The range as a one-sheet grid, its first row as row 1. */
export function gridOf(range: readonly (readonly CellArg[])[]): SheetGrid {
  const rows = new Map<number, (RawCell | undefined)[]>();
  let maxRow = 0;
  let maxCol = 0;
  range.forEach((line, i) => {
    const cells: (RawCell | undefined)[] = [];
    (Array.isArray(line) ? line : [line]).forEach((value, j) => {
      const cell = rawCell(value);
      if (!cell) return;
      cells[j] = cell;
      maxRow = i + 1;
      maxCol = Math.max(maxCol, j);
    });
    if (cells.length) rows.set(i + 1, cells);
  });
  return { name: RANGE, rows, maxRow, maxCol, merges: [] };
}

export function approveTable(range: CellArg[][] | CellArg, column: CellArg = null): FnResult<ApproveCell[][]> {
  const spill = spillOf(column);
  if (!spill) return invalid(`参数「${COLUMN}」为「${String(column)}」，应为 ${SPILLS.map((s) => s.words[0]).join("、")} 之一，或留空（可核定金额）`);
  const table = Array.isArray(range) ? range : [[range]];
  // The range is a one-sheet workbook, its table found and its rows checked as every host does (src/check).
  const [{ read, results = [] }] = checkWorkbooks([gridSource([gridOf(table)])], { plan: false }) as [CheckedWorkbook];
  if (!read.ok) return invalid(`参数「${RANGE}」：${render(read.issue, "zh")}；请选择含表头行的整张申报表，如 A1:R200`);
  const out: ApproveCell[] = table.map(() => "");
  out[read.layout.headerRow - 1] = spill.header;
  for (const r of results) out[r.ref.row - 1] = spill.value(r);
  return success(out.map((cell) => [cell]));
}
