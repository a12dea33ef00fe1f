/**
 * Where the application table is (APPLICATION-TABLE.md "Finding the table", MEASURES.md decision 22): an
 * Excel table (ListObject) on the active sheet wins; otherwise the first sheet whose first 20 rows hold a
 * row with every required header. Sheets without one are passed over (an instructions sheet that names a
 * few columns is normal); only where no sheet has such a row is the file refused, with MISSING_COLUMN for
 * the sheet that came closest. The caller passes the sheets a reviewer sees: hidden sheets never.
 * Data rows run from below the header to the last non-empty row, also past the end of an Excel table's
 * range; blank rows, a closing 合计 row and rows that are no claim (signature lines, the header repeated,
 * a section title: notClaimRows.ts) are left out. The product's own result columns from an earlier
 * run are found by header, never duplicated.
 */
import { COLUMNS, templateHeader, type FieldKey } from "../../engine/columns";
export { mapHeader } from "./headers";
import type { Issue } from "../../engine/issues";
import type { MappedColumn, RawCell, SheetGrid, TableLayout } from "../types";
import { displayText, isEmptyCell } from "./cells/common";
import { headerHasUnit, headerKey, isMoneyField, mapHeader, resultRunAt, unitWritten } from "./headers";
import { notClaimRowTest, type NotClaimReason } from "./notClaimRows";
import { amountsInTenThousand } from "./unitNote";
import { columnLetters, parseCellRef } from "../xlsx/cellRef";

export type FindTableResult =
  | { readonly ok: true; readonly layout: TableLayout }
  | { readonly ok: false; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

/** An Excel table (ListObject) the caller found: its sheet, its range as `A1:F20`, and its name. */
export interface PreferredTable {
  readonly sheet: string;
  readonly ref: string;
  readonly name?: string;
  /** Rows of its totals row (Excel's 汇总行) at the end of the range: 0 or absent where it has none. */
  readonly totalsRows?: number;
}

/** How far down a sheet the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;
/** A header row names at least this many of the table's columns. */
export const MIN_HEADERS = 3;

const REQUIRED: readonly FieldKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);
/** A closing row that sums the table, in the unit or first text cell: 合计, 总计, 小计, 汇总 (Excel's own). */
export const TOTAL_ROW = /^(合计|总计|小计|汇总)(:|\((万?元)\))?$/;

export function findTable(sheets: readonly SheetGrid[], preferred?: PreferredTable): FindTableResult {
  // An Excel table that lacks a required column gives way to a header row elsewhere; if there is none,
  // its own MISSING_COLUMN is the message.
  let tableProblem: FindTableResult | undefined;
  if (preferred !== undefined) {
    const grid = sheets.find((g) => g.name === preferred.sheet);
    const range = grid && parseRef(preferred.ref);
    if (grid && range) {
      const bounds = { left: range.left, right: range.right, bottom: range.bottom, totalsRows: preferred.totalsRows ?? 0 };
      const found = buildLayout(grid, range.top, bounds, preferred.name);
      if (found.ok) return found;
      tableProblem = found;
    }
  }
  let closest: HeaderCandidate | undefined;
  for (const grid of sheets) {
    const found = findHeaderRow(grid);
    if (found.ok || "issue" in found) return found;
    if (found.candidate && (!closest || closer(found.candidate, closest))) closest = found.candidate;
  }
  if (tableProblem) return tableProblem;
  if (closest) {
    return { ok: false, issue: { code: "MISSING_COLUMN", columns: closest.missing.map(templateHeader) }, sheet: closest.sheet, headerRow: closest.row };
  }
  return { ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } };
}

/** A row that names some columns but not every required one: how close it came. */
interface HeaderCandidate {
  readonly sheet: string;
  readonly row: number;
  readonly missing: readonly FieldKey[];
  readonly named: number;
}

function closer(a: HeaderCandidate, b: HeaderCandidate): boolean {
  return a.missing.length < b.missing.length || (a.missing.length === b.missing.length && a.named > b.named);
}

/**
 * One sheet's header row: the first of its first 20 rows that names every required column. A row naming at
 * least three columns but not all required ones is remembered as a candidate for the message.
 */
function findHeaderRow(grid: SheetGrid): FindTableResult | { readonly ok: false; readonly candidate?: HeaderCandidate } {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.maxRow);
  let candidate: HeaderCandidate | undefined;
  for (let r = 1; r <= last; r++) {
    const cells = grid.rows.get(r);
    if (cells === undefined) continue;
    const keys = headerKeys(cells);
    if (keys.size < MIN_HEADERS) continue;
    const missing = REQUIRED.filter((k) => !keys.has(k));
    if (missing.length === 0) return buildLayout(grid, r);
    const here: HeaderCandidate = { sheet: grid.name, row: r, missing, named: keys.size };
    if (!candidate || closer(here, candidate)) candidate = here;
  }
  return { ok: false, candidate };
}

function headerText(cell: RawCell | undefined): string {
  if (cell === undefined || cell.t === "e" || cell.t === "bad") return "";
  return displayText(cell);
}

/** Distinct table columns a row names (the product's result headers are not among them). */
function headerKeys(cells: readonly (RawCell | undefined)[]): Set<FieldKey> {
  const keys = new Set<FieldKey>();
  for (const cell of cells) {
    const m = mapHeader(headerText(cell));
    if (m !== null && m !== "result") keys.add(m.key);
  }
  return keys;
}

interface Bounds {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  /** The table's totals row(s), the last of its range. */
  readonly totalsRows: number;
}

/** Whether Excel hides column `col` (0-based) of this sheet. */
export function isColumnHidden(grid: SheetGrid, col: number): boolean {
  return grid.hiddenColumns?.some(([first, last]) => col >= first && col <= last) ?? false;
}

function buildLayout(grid: SheetGrid, headerRow: number, bounds?: Bounds, tableName?: string): FindTableResult {
  const header = grid.rows.get(headerRow) ?? [];
  const left = bounds?.left ?? 0;
  const right = bounds?.right ?? header.length - 1;

  // The result columns of an earlier run: all of one set, side by side, in order, anywhere on the header row
  // (they sit just outside an Excel table's range); a copy from before the verdicts has its five.
  const keys = header.map((c) => headerKey(headerText(c)));
  let resultAt = -1;
  let resultWidth = 0;
  for (let c = 0; c < keys.length && resultAt < 0; c++) {
    resultWidth = resultRunAt(keys, c);
    if (resultWidth > 0) resultAt = c;
  }
  const isResult = (c: number) => resultAt >= 0 && c >= resultAt && c < resultAt + resultWidth;

  // Money columns whose header gives no unit are in 万元 where a note above the table says so.
  const wan = amountsInTenThousand(grid, headerRow);
  // An Excel table's header is one row; a header found by search may have a second (subHeaderRow).
  const sub = bounds === undefined ? subHeaderRow(grid, headerRow, header, isResult) : undefined;
  // Or a row of units below it (万元 under 申请金额): the units of the columns above them.
  const units = bounds === undefined && sub === undefined ? unitsRow(grid.rows.get(headerRow + 1)) : undefined;
  const below2 = sub !== undefined || units !== undefined;
  const columns = new Map<FieldKey, MappedColumn>();
  const twice = new Map<FieldKey, number[]>();
  let lastCol = -1;
  const lastHeaderCol = sub === undefined ? right : Math.max(right, sub.length - 1);
  for (let c = left; c <= lastHeaderCol; c++) {
    if (isResult(c)) continue;
    const own = headerText(header[c]);
    const below = sub === undefined ? "" : headerText(sub[c]);
    if (own === "" && below === "") continue;
    lastCol = c;
    // The header row's own name wins; the row below names a column the header row leaves unnamed.
    const ownField = mapHeader(own);
    const fromBelow = ownField === null && below !== "";
    const text = fromBelow ? below : own;
    const m = fromBelow ? mapHeader(below) : ownField;
    if (m === null || m === "result") continue;
    const first = columns.get(m.key);
    // Two columns for one field: which one Excel's reader meant cannot be known (the other may be hidden,
    // or an older copy), so neither is taken.
    if (first !== undefined) twice.set(m.key, [...(twice.get(m.key) ?? [first.index]), c]);
    else {
      const unitBelow = units?.get(c);
      const tenThousand = m.tenThousand || (isMoneyField(m.key) && !headerHasUnit(text) && (unitBelow === undefined ? wan : unitBelow === "万元"));
      columns.set(m.key, { index: c, header: text, tenThousand, ...(isColumnHidden(grid, c) ? { hidden: true } : {}) });
    }
  }
  for (const [key, at] of twice) {
    const letters = at.map(columnLetters);
    return {
      ok: false, sheet: grid.name, headerRow,
      issue: { code: "DUPLICATE_COLUMN", header: templateHeader(key), columns: letters, hidden: letters.filter((_, i) => isColumnHidden(grid, at[i]!)) },
    };
  }
  // Every column of an Excel table is the table's, even one whose header is blank.
  if (bounds !== undefined && !isResult(right)) lastCol = right;

  const missing = REQUIRED.filter((k) => !columns.has(k));
  if (missing.length > 0) {
    return { ok: false, issue: { code: "MISSING_COLUMN", columns: missing.map(templateHeader) }, sheet: grid.name, headerRow };
  }

  // Data starts right below the header: a header cell merged down does not turn the rows it covers into
  // header (its text is not spread into them either, see readRows). Rows go on to the sheet's last
  // non-empty row, past the end of an Excel table's range too (decision 22).
  const secondRow = below2 ? [grid.rows.get(headerRow + 1) ?? []] : [];
  const notClaim = notClaimRowTest({ columns, headerRows: [header, ...secondRow], left, lastCol, isResult });
  // An Excel table's totals row sums the table, whatever its label says or lacks: the table part says what
  // it is, as a 合计 row's words do, so it is no claim (Excel keeps it the last row of the table's range).
  const totals = bounds !== undefined && bounds.totalsRows > 0 ? { from: bounds.bottom - bounds.totalsRows + 1, to: bounds.bottom } : undefined;
  const dataRows = findDataRows(grid, headerRow + (below2 ? 2 : 1), grid.maxRow, columns, notClaim, totals);
  const tableEnd = bounds !== undefined && dataRows.length > 0 && dataRows[dataRows.length - 1]! > bounds.bottom ? bounds.bottom : undefined;

  return {
    ok: true,
    layout: {
      sheet: grid.name,
      headerRow,
      dataRows,
      columns,
      lastCol,
      resultCol: resultAt >= 0 ? resultAt : lastCol + 1,
      resultFound: resultAt >= 0,
      ...(below2 ? { secondHeaderRow: headerRow + 1 } : {}),
      ...(resultAt >= 0 ? { resultWidth } : {}),
      ...(tableName !== undefined ? { tableName } : {}),
      ...(tableEnd !== undefined ? { tableEnd } : {}),
    },
  };
}

/**
 * The row right below the header row when it is a second header row: it names a column where the header
 * row's cell is blank or not a column's name (a group heading such as 申报内容 merged over 数量, 计算基数（元）,
 * 申请金额（元）), and it holds nothing under the columns the header row names, so it cannot be a claim.
 * What the reviewer sees as a column's heading is then read as one (decision 22), not left unread so that a
 * filled 数量 is called empty and a claim blank.
 */
function subHeaderRow(
  grid: SheetGrid,
  headerRow: number,
  header: readonly (RawCell | undefined)[],
  isResult: (c: number) => boolean,
): readonly (RawCell | undefined)[] | undefined {
  const below = grid.rows.get(headerRow + 1);
  if (below === undefined) return undefined;
  let names = false;
  for (let c = 0; c < below.length; c++) {
    if (isEmptyCell(below[c])) continue;
    if (isResult(c) || headerField(header[c]) !== null) return undefined;
    if (headerField(below[c]) !== null) names = true;
  }
  return names ? below : undefined;
}

/**
 * The row right below the header row when it holds units and nothing else (件 under 数量, 万元 under 申请金额):
 * each column's unit, by column. A claim row always holds more than units, so it is never taken for one.
 */
function unitsRow(below: readonly (RawCell | undefined)[] | undefined): Map<number, string> | undefined {
  if (below === undefined) return undefined;
  const units = new Map<number, string>();
  for (let c = 0; c < below.length; c++) {
    const cell = below[c];
    if (isEmptyCell(cell)) continue;
    const unit = cell!.t === "s" ? unitWritten(headerKey(cell!.v)) : null;
    if (unit === null) return undefined;
    units.set(c, unit);
  }
  return units.size > 0 ? units : undefined;
}

/** The table column a header cell names, or null (blank, unknown, or one of the product's result headers). */
function headerField(cell: RawCell | undefined): FieldKey | null {
  const m = mapHeader(headerText(cell));
  return m === null || m === "result" ? null : m.key;
}

/**
 * Rows that hold a claim: something in a recognised column other than 序号 (a template numbered down the
 * page is still blank), not a closing total (合计 … with no item), and none of the rows notClaimRows.ts
 * names (signature lines, the header repeated, a section title).
 */
function findDataRows(
  grid: SheetGrid,
  first: number,
  last: number,
  columns: ReadonlyMap<FieldKey, MappedColumn>,
  notClaim: (cells: readonly (RawCell | undefined)[]) => NotClaimReason | null,
  totals?: { readonly from: number; readonly to: number },
): number[] {
  const dataCols: number[] = [];
  for (const [key, col] of columns) if (key !== "seq") dataCols.push(col.index);
  const unitCol = columns.get("unit")!.index;
  const itemCol = columns.get("item")!.index;
  const rows: number[] = [];
  for (let r = first; r <= last; r++) {
    const cells = grid.rows.get(r);
    if (cells === undefined) continue;
    if (totals !== undefined && r >= totals.from && r <= totals.to) continue;
    let filled = false;
    for (const c of dataCols) {
      if (!isEmptyCell(cells[c])) {
        filled = true;
        break;
      }
    }
    if (!filled) continue;
    if (isEmptyCell(cells[itemCol]) && isTotalRow(cells, unitCol)) continue;
    if (notClaim(cells) !== null) continue;
    rows.push(r);
  }
  return rows;
}

function isTotalRow(cells: readonly (RawCell | undefined)[], unitCol: number): boolean {
  const unit = cells[unitCol];
  if (unit?.t === "s" && TOTAL_ROW.test(headerKey(unit.v))) return true;
  for (const cell of cells) {
    if (cell?.t === "s" && cell.v.trim() !== "") return TOTAL_ROW.test(headerKey(cell.v));
  }
  return false;
}

/**
 * `A1:F20` (also `$A$1:$F$20`, `'申报表'!A1:F20`) → 1-based rows, 0-based columns; null for a reversed range
 * or a column past three letters, which no table of Excel's has.
 */
export function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const trimmed = ref.trim();
  const local = trimmed.slice(trimmed.lastIndexOf("!") + 1);
  const colon = local.indexOf(":");
  const a = parseCellRef(colon < 0 ? local : local.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(local.slice(colon + 1));
  if (!a || !b || a.col > LAST_THREE_LETTER_COLUMN || b.col > LAST_THREE_LETTER_COLUMN) return null;
  if (b.row < a.row || b.col < a.col) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** ZZZ: the regular expression this replaced took at most three letters. */
const LAST_THREE_LETTER_COLUMN = 18277;
