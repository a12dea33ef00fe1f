/**
 * `--history`: earlier approvals that count toward caps and the one-time and two-year rules (REPORT.md).
 * A workbook sheet or a CSV with 单位名称 and/or 统一社会信用代码, 申报年度, 支持事项 and 核定金额 columns, and
 * optionally 级别 (decision 27).
 * Every row is either an entry or an issue naming its row; nothing is guessed.
 */
import type { FieldKey } from "../../engine/columns";
import { APPROVED_HEADER, type HistoryIssue } from "../../engine/historyText";
import type { Issue } from "../../engine/issues";
import { readItemWord } from "../../engine/itemWords";
import type { HistoryEntry } from "../../engine/types";
import type { RawCell, SheetGrid } from "../types";
import { isEmptyCell } from "./cells/common";
import { readMoney } from "./cells/money";
import { readText } from "./cells/text";
import { readYear } from "./cells/year";
import { HEADER_SEARCH_ROWS, TOTAL_ROW } from "./findTable";
import { headerKey, mapHeader, unitSuffix } from "./headers";
import { amountsInTenThousand } from "./unitNote";

export { parseCsv } from "./csv";

/** The approved amount's headers; the first is the one a message names. 可核定金额 is this product's own. */
export const APPROVED_HEADERS = [APPROVED_HEADER, "核准金额", "审定金额", "批准金额", "拨付金额", "资助金额", "奖补金额", "可核定金额"];
const APPROVED_KEYS = new Set(APPROVED_HEADERS.map(headerKey));

/**
 * The item's headers in the product's own 审核明细 table (a checked copy's, a --summary workbook's), which a
 * reviewer gives as last year's approvals; finance ledgers name the column so too. The first in the row is read.
 */
const ITEM_KEYS = new Set(["事项代码", "事项名称"].map(headerKey));

/** The pending amount of a 待核实 row, in a lygip copy (待核实金额（元）) and its 审核明细 (待核实金额). */
const PENDING_KEY = headerKey("待核实金额");

/**
 * The approved amount has no column of its own in the application table; its issues carry the claimed
 * column's field, the nearest the message catalog has, and are worded naming 核定金额 (historyIssueText).
 */
const APPROVED_FIELD: FieldKey = "claimed";

interface HistoryColumns {
  unit?: number;
  creditCode?: number;
  year?: number;
  item?: number;
  /** Decision 27: an optional 级别 column. */
  level?: number;
  /** `unit`: the header gives its own unit. */
  approved?: { index: number; tenThousand: boolean; unit: boolean };
  /** A 待核实 row's pending amount, in the product's own outputs: such a row is not an approval yet. */
  pending?: { index: number; tenThousand: boolean; unit: boolean };
}

export interface HistoryRead {
  readonly entries: HistoryEntry[];
  /** Row 0 is the file as a whole (no table, a missing column). */
  readonly issues: { row: number; issue: HistoryIssue }[];
  /**
   * Rows of a year outside the policy's (an approval under an earlier policy): they count toward nothing
   * this policy limits, so they are left out with a message on their row rather than stop the check.
   */
  readonly skipped: { row: number; issue: Issue }[];
}

export function readHistory(grid: SheetGrid): HistoryRead {
  const found = findHistoryHeader(grid);
  if (found === null) return { entries: [], issues: [{ row: 0, issue: { code: "UNREADABLE_FILE", reason: "no-table" } }], skipped: [] };
  const { headerRow, cols } = found;
  // An amount header without a unit (核定金额, 待核实金额) is in 万元 where a note above the table says so.
  const unitless = ([cols.approved, cols.pending] as const).some((c) => c !== undefined && !c.unit);
  if (unitless && amountsInTenThousand(grid, headerRow)) {
    if (cols.approved !== undefined && !cols.approved.unit) cols.approved = { ...cols.approved, tenThousand: true };
    if (cols.pending !== undefined && !cols.pending.unit) cols.pending = { ...cols.pending, tenThousand: true };
  }
  const missing: string[] = [];
  if (cols.unit === undefined && cols.creditCode === undefined) missing.push("单位名称");
  if (cols.year === undefined) missing.push("申报年度");
  if (cols.item === undefined) missing.push("支持事项");
  if (cols.approved === undefined) missing.push(APPROVED_HEADERS[0]);
  if (missing.length > 0) return { entries: [], issues: [{ row: headerRow, issue: { code: "MISSING_COLUMN", columns: missing } }], skipped: [] };

  const entries: HistoryEntry[] = [];
  const issues: { row: number; issue: HistoryIssue }[] = [];
  const skipped: { row: number; issue: Issue }[] = [];
  const date1904 = grid.date1904 === true;
  const used = [cols.unit, cols.creditCode, cols.year, cols.item, cols.approved!.index].filter((c): c is number => c !== undefined);

  for (let r = headerRow + 1; r <= grid.maxRow; r++) {
    const cells = grid.rows.get(r);
    if (cells === undefined || used.every((c) => isEmptyCell(cells[c]))) continue;
    const itemCell = cells[cols.item!];
    if (isEmptyCell(itemCell) && isTotal(cells)) continue;

    const before = issues.length;
    const text = (index: number | undefined) => {
      const read = index === undefined ? null : readText(cells[index], date1904);
      return read !== null && read.ok ? read.value : null;
    };
    const unit = text(cols.unit);
    const creditCode = text(cols.creditCode);
    if (unit === null && creditCode === null) issues.push({ row: r, issue: { code: "MISSING_VALUE", field: "unit" } });

    const yearRead = readYear(cells[cols.year!], { date1904 });
    if (yearRead !== null && !yearRead.ok && yearRead.issue.code === "BAD_YEAR" && yearRead.issue.problem === "out-of-range") {
      skipped.push({ row: r, issue: yearRead.issue });
      continue;
    }
    if (yearRead === null) issues.push({ row: r, issue: { code: "MISSING_VALUE", field: "year" } });
    else if (!yearRead.ok) issues.push({ row: r, issue: yearRead.issue });

    const itemText = text(cols.item);
    let item: HistoryEntry["item"] | null = null;
    if (itemText === null) issues.push({ row: r, issue: { code: "MISSING_VALUE", field: "item" } });
    else {
      const read = readItemWord(itemText);
      if (read.ok) item = read.item.code;
      else issues.push({ row: r, issue: read.issue });
    }

    const amount = readMoney(cells[cols.approved!.index], APPROVED_FIELD, { date1904, tenThousand: cols.approved!.tenThousand });
    if (amount === null) issues.push({ row: r, issue: { code: "MISSING_VALUE", field: APPROVED_FIELD } });
    else if (!amount.ok) issues.push({ row: r, issue: amount.issue });
    const pendingRead = cols.pending === undefined ? null : readMoney(cells[cols.pending.index], APPROVED_FIELD, { date1904, tenThousand: cols.pending.tenThousand });
    const pending = pendingRead?.ok && pendingRead.value.gt(0) ? pendingRead.value : null;
    if (pending !== null) issues.push({ row: r, issue: { code: "HISTORY_PENDING", pending } });
    // A row that approved nothing, with nothing pending (last year's 不予支持, often refused for an item or a date
    // that could not be read), counts toward no cap, one-time or two-year rule (decisions 6 and 9): what else it
    // holds need not be readable, and it does not stop the check.
    if (amount?.ok && amount.value.isZero() && pending === null && issues.length > before) {
      issues.length = before;
      continue;
    }

    if (issues.length === before && yearRead?.ok && item !== null && amount?.ok) {
      const level = text(cols.level);
      const entry: HistoryEntry = { unit, creditCode, year: yearRead.value, item, approved: amount.value, row: r };
      entries.push(level === null || level.trim() === "" ? entry : { ...entry, level });
    }
  }
  return { entries, issues, skipped };
}

/** Whether the sheet has a history header row: how the history table's sheet is found (searchSheets). */
export function hasHistoryHeader(grid: SheetGrid): boolean {
  return findHistoryHeader(grid) !== null;
}

/** The first row among the first 20 that names at least three of the history's columns. */
function findHistoryHeader(grid: SheetGrid): { headerRow: number; cols: HistoryColumns } | null {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.maxRow);
  for (let r = 1; r <= last; r++) {
    const cells = grid.rows.get(r);
    if (cells === undefined) continue;
    const cols: HistoryColumns = {};
    let count = 0;
    cells.forEach((cell, index) => {
      if (cell === undefined || cell.t !== "s") return;
      const key = headerKey(cell.v);
      // The approved amount's own unit, in 元 or 万元 only (a 月 or 件 after it is not money's).
      const suffix = unitSuffix(key);
      const unit = suffix !== null && (suffix.unit === "元" || suffix.unit === "万元") ? suffix : null;
      const bare = unit === null ? key : unit.head;
      if (bare === PENDING_KEY) {
        if (cols.pending === undefined) cols.pending = { index, tenThousand: unit?.unit === "万元", unit: unit !== null };
        return;
      }
      if (APPROVED_KEYS.has(bare)) {
        if (cols.approved === undefined) {
          cols.approved = { index, tenThousand: unit?.unit === "万元", unit: unit !== null };
          count++;
        }
        return;
      }
      if (ITEM_KEYS.has(key)) {
        if (cols.item === undefined) {
          cols.item = index;
          count++;
        }
        return;
      }
      const m = mapHeader(cell.v);
      if (m === null || m === "result") return;
      if ((m.key === "unit" || m.key === "creditCode" || m.key === "year" || m.key === "item") && cols[m.key] === undefined) {
        cols[m.key] = index;
        count++;
      } else if (m.key === "level" && cols.level === undefined) cols.level = index;
    });
    if (count >= 3) return { headerRow: r, cols };
  }
  return null;
}

function isTotal(cells: readonly (RawCell | undefined)[]): boolean {
  for (const cell of cells) {
    if (cell?.t === "s" && cell.v.trim() !== "") return TOTAL_ROW.test(headerKey(cell.v));
  }
  return false;
}
