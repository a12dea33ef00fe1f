/**
 * Where the application table is (APPLICATION-TABLE.md "Finding the table"): an Excel table (ListObject)
 * wins; otherwise the first sheet whose first 20 rows hold a row with at least three recognised headers.
 * Data rows run from below the header to the last non-empty row; blank rows and a closing 合计 row are
 * left out. The product's own result columns from an earlier run are found by header, never duplicated.
 */
import { COLUMNS, templateHeader, type FieldKey } from "../../engine/columns";
export { mapHeader } from "./headers";
import type { Issue } from "../../engine/issues";
import type { MappedColumn, RawCell, SheetGrid, TableLayout } from "../types";
import { displayText, isEmptyCell } from "./cells/common";
import { headerKey, mapHeader, RESULT_HEADER_KEYS } from "./headers";

export type FindTableResult =
  | { readonly ok: true; readonly layout: TableLayout }
  | { readonly ok: false; readonly issue: Issue; readonly sheet?: string; readonly headerRow?: number };

/** An Excel table (ListObject) the caller found: its sheet, its range as `A1:F20`, and its name. */
export interface PreferredTable {
  readonly sheet: string;
  readonly ref: string;
  readonly name?: string;
}

/** How far down a sheet the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;
/** A header row names at least this many of the table's columns. */
export const MIN_HEADERS = 3;

const REQUIRED: readonly FieldKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);
/** A closing row that sums the table, in the unit or first text cell: 合计, 总计, 小计, 汇总 (Excel's own). */
const TOTAL_ROW = /^(合计|总计|小计|汇总)(:|\((万?元)\))?$/;

export function findTable(sheets: readonly SheetGrid[], preferred?: PreferredTable): FindTableResult {
  if (preferred !== undefined) {
    const grid = sheets.find((g) => g.name === preferred.sheet);
    const range = grid && parseRef(preferred.ref);
    if (grid && range) {
      return buildLayout(grid, range.top, { left: range.left, right: range.right, bottom: range.bottom }, preferred.name);
    }
  }
  for (const grid of sheets) {
    const last = Math.min(HEADER_SEARCH_ROWS, grid.maxRow);
    for (let r = 1; r <= last; r++) {
      const cells = grid.rows.get(r);
      if (cells !== undefined && countHeaders(cells) >= MIN_HEADERS) return buildLayout(grid, r);
    }
  }
  return { ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } };
}

function headerText(cell: RawCell | undefined): string {
  if (cell === undefined || cell.t === "e" || cell.t === "bad") return "";
  return displayText(cell);
}

/** Distinct table columns a row names (the product's result headers are not among them). */
function countHeaders(cells: readonly (RawCell | undefined)[]): number {
  const keys = new Set<FieldKey>();
  for (const cell of cells) {
    const m = mapHeader(headerText(cell));
    if (m !== null && m !== "result") keys.add(m.key);
  }
  return keys.size;
}

interface Bounds {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

function buildLayout(grid: SheetGrid, headerRow: number, bounds?: Bounds, tableName?: string): FindTableResult {
  const header = grid.rows.get(headerRow) ?? [];
  const left = bounds?.left ?? 0;
  const right = bounds?.right ?? header.length - 1;

  // The result columns of an earlier run: all five, side by side, in order, anywhere on the header row
  // (they sit just outside an Excel table's range).
  const keys = header.map((c) => headerKey(headerText(c)));
  let resultAt = -1;
  for (let c = 0; c + RESULT_HEADER_KEYS.length <= keys.length && resultAt < 0; c++) {
    if (RESULT_HEADER_KEYS.every((k, i) => keys[c + i] === k)) resultAt = c;
  }
  const isResult = (c: number) => resultAt >= 0 && c >= resultAt && c < resultAt + RESULT_HEADER_KEYS.length;

  const columns = new Map<FieldKey, MappedColumn>();
  let lastCol = -1;
  for (let c = left; c <= right; c++) {
    if (isResult(c)) continue;
    const text = headerText(header[c]);
    if (text === "") continue;
    lastCol = c;
    const m = mapHeader(text);
    // The first column that names a field is that field; a second one is the applicant's own column.
    if (m !== null && m !== "result" && !columns.has(m.key)) columns.set(m.key, { index: c, header: text, tenThousand: m.tenThousand });
  }
  // Every column of an Excel table is the table's, even one whose header is blank.
  if (bounds !== undefined && !isResult(right)) lastCol = right;

  const missing = REQUIRED.filter((k) => !columns.has(k));
  if (missing.length > 0) {
    return { ok: false, issue: { code: "MISSING_COLUMN", columns: missing.map(templateHeader) }, sheet: grid.name, headerRow };
  }

  // A header cell merged down over two rows pushes the data below the merge.
  let firstData = headerRow + 1;
  for (const m of grid.merges) {
    if (m.top === headerRow && m.bottom >= firstData && m.right >= left && m.left <= lastCol) firstData = m.bottom + 1;
  }
  const bottom = bounds?.bottom ?? grid.maxRow;
  const dataRows = findDataRows(grid, firstData, bottom, columns);

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
      ...(tableName !== undefined ? { tableName } : {}),
    },
  };
}

/**
 * Rows that hold a claim: something in a recognised column other than 序号 (a template numbered down the
 * page is still blank), and not a closing total (合计 … with no item).
 */
function findDataRows(grid: SheetGrid, first: number, last: number, columns: ReadonlyMap<FieldKey, MappedColumn>): number[] {
  const dataCols: number[] = [];
  for (const [key, col] of columns) if (key !== "seq") dataCols.push(col.index);
  const unitCol = columns.get("unit")!.index;
  const itemCol = columns.get("item")!.index;
  const rows: number[] = [];
  for (let r = first; r <= last; r++) {
    const cells = grid.rows.get(r);
    if (cells === undefined) continue;
    let filled = false;
    for (const c of dataCols) {
      if (!isEmptyCell(cells[c])) {
        filled = true;
        break;
      }
    }
    if (!filled) continue;
    if (isEmptyCell(cells[itemCol]) && isTotalRow(cells, unitCol)) continue;
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

const REF = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** `A1:F20` (also `$A$1:$F$20`, `'申报表'!A1:F20`) → 1-based rows, 0-based columns. */
export function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = REF.exec(ref.trim());
  if (m === null) return null;
  const left = columnIndex(m[1]);
  const top = Number(m[2]);
  const right = m[3] !== undefined ? columnIndex(m[3]) : left;
  const bottom = m[4] !== undefined ? Number(m[4]) : top;
  if (top < 1 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
