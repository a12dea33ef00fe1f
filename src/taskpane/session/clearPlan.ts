/**
 * 清除审核结果, decided without Office: what of the workbook is the product's to remove (REPORT.md
 * "Ownership"). Marks and notes are recognised when the workbook is read (src/taskpane/excel/ours.ts).
 *
 * With the ownership record (either host's): the result cells it names, only while the digest of what they
 * hold still matches (output/resultCells.ts, the rule a check applies before it rewrites them), and the sheets
 * it lists whose cells are as written. A block a reviewer wrote in, a sheet edited since, a sheet of our name
 * the record does not list: the user's, left, and named so the pane can say so.
 *
 * Without a record (a workbook an earlier version of the pane checked, or a copy another program saved):
 * result columns are still found by their headers, as before, but emptied only when every cell under them
 * holds nothing but what a check writes there — the rule the command line applies to a copy whose record was
 * lost — since a header claims nothing and a column of the applicant's may carry ours. Of our sheets only
 * 审核信息 laid out exactly as a check writes it is removed: any other sheet's name is all there is to go by,
 * and deleting a sheet a reviewer wrote in (or one of the applicant's called 汇总) cannot be undone.
 */
import { RESULT_HEADER_SETS } from "../../engine";
import {
  blockDigest, cellValueKey, gridResultCells, isCheckInfoCells, isCheckValue, type OwnedResults, type ResultBlock, type SheetRole,
} from "../../check";
import { cellAddress, STATUS_WORDS } from "../../output";
import { headerKey, resultRunAt, type SheetGrid } from "../../workbook";
import type { WorkbookData } from "./ports";
import { INFO_SHEET_NAME, OUR_SHEETS } from "./ourSheets";
import { sheetClaims } from "./records";

/** One block of result columns: the header row and the rows below it the check wrote, across `width` columns. */
export interface ResultColumns {
  readonly sheet: string;
  readonly headerRow: number;
  readonly col: number;
  readonly width: number;
  /** Ascending, the header row first. */
  readonly rows: readonly number[];
}

/** What a clear leaves because it is the user's, for the pane to say. */
export type LeftBehind =
  /** A sheet the record lists, edited since the check wrote it. */
  | { readonly kind: "sheet-changed"; readonly sheet: string }
  /** A sheet of our name that no record vouches for. */
  | { readonly kind: "sheet-unrecorded"; readonly sheet: string }
  /** The result cells the record names, edited since: `range` is where they are. */
  | { readonly kind: "cells-changed"; readonly sheet: string; readonly range: string }
  /** Result columns found by their headers, no record, `cell` holding someone's words. */
  | { readonly kind: "cells-unrecorded"; readonly sheet: string; readonly cell: string };

export interface ClearPlan {
  readonly columns: readonly ResultColumns[];
  /** In the order they are deleted: a sheet of PivotTables before the sheet of the table they read. */
  readonly sheets: readonly string[];
  readonly left: readonly LeftBehind[];
}

/** 汇总's PivotTables go before 审核明细, the table they read. */
const DELETE_ORDER: readonly SheetRole[] = ["summary", "issues", "detail", "info", "form"];

export function planClear(data: WorkbookData): ClearPlan {
  const claims = sheetClaims(data);
  const left: LeftBehind[] = claims.changed.map((sheet) => ({ kind: "sheet-changed", sheet }));
  if (!claims.record) return unrecorded(data, left);

  const sheets = DELETE_ORDER.flatMap((role) => {
    const s = claims.owned.get(role);
    return s ? [s.name] : [];
  });
  const listed = new Set(claims.record.sheets.map((s) => s.name));
  for (const name of OUR_SHEETS) {
    if (!listed.has(name) && data.sheets.some((g) => g.name === name)) left.push({ kind: "sheet-unrecorded", sheet: name });
  }
  const columns: ResultColumns[] = [];
  const results = claims.record.results;
  const grid = results && data.sheets.find((g) => g.name === results.sheet);
  if (results && grid) {
    if (blockDigest(gridResultCells(grid), results) === results.sha256) columns.push(recordedColumns(results));
    else if (holdsAnything(grid, results)) left.push({ kind: "cells-changed", sheet: results.sheet, range: blockRange(results) });
  }
  return { columns, sheets, left };
}

function recordedColumns(r: OwnedResults): ResultColumns {
  return { sheet: r.sheet, headerRow: r.rows[0]!, col: r.firstCol, width: r.lastCol - r.firstCol + 1, rows: r.rows };
}

/** A block emptied by hand claims nothing and needs no word. */
function holdsAnything(grid: SheetGrid, block: ResultBlock): boolean {
  const cells = gridResultCells(grid);
  return block.rows.some((row) => Array.from({ length: block.lastCol - block.firstCol + 1 }, (_, i) => block.firstCol + i).some((col) => cells.has(row, col)));
}

function blockRange(block: ResultBlock): string {
  return `${cellAddress(block.rows[0]!, block.firstCol)}:${cellAddress(block.rows[block.rows.length - 1]!, block.lastCol)}`;
}

/** The rule without a record (see the head of this file). */
function unrecorded(data: WorkbookData, left: LeftBehind[]): ClearPlan {
  const sheets: string[] = [];
  for (const name of OUR_SHEETS) {
    const grid = data.sheets.find((g) => g.name === name);
    if (!grid) continue;
    if (name === INFO_SHEET_NAME && isCheckInfoCells(cellsOf(grid))) sheets.push(name);
    else left.push({ kind: "sheet-unrecorded", sheet: name });
  }
  const columns: ResultColumns[] = [];
  for (const grid of data.sheets.filter((g) => !OUR_SHEETS.includes(g.name))) {
    for (const found of resultColumnsOf(grid)) {
      const theirs = firstNotOurs(grid, found);
      if (theirs === undefined) columns.push(found);
      else left.push({ kind: "cells-unrecorded", sheet: grid.name, cell: theirs });
    }
  }
  return { columns, sheets, left };
}

function cellsOf(grid: SheetGrid) {
  return [...grid.rows].flatMap(([row, line]) => line.flatMap((cell, col) => (cell === undefined ? [] : [cellValueKey(row, col, cell)])));
}

/** Blocks of result headers side by side, in order (the six of now, or the five a version before the verdicts wrote). */
function resultColumnsOf(grid: SheetGrid): ResultColumns[] {
  const found: ResultColumns[] = [];
  for (const [row, cells] of [...grid.rows].sort(([a], [b]) => a - b)) {
    const keys = cells.map((c) => (c?.t === "s" ? headerKey(c.v) : ""));
    for (let col = 0; col < keys.length; col++) {
      const width = resultRunAt(keys, col);
      if (width === 0) continue;
      const last = lastRowIn(grid, row, col, width);
      found.push({ sheet: grid.name, headerRow: row, col, width, rows: Array.from({ length: last - row + 1 }, (_, i) => row + i) });
      col += width - 1;
    }
  }
  return found;
}

/** What the version before the verdicts wrote under 审核结果: a row's status (通过, 有警告, 有错误). */
const LEGACY_STATUS: ReadonlySet<string> = new Set(Object.values(STATUS_WORDS));

/** The first cell under the headers that holds anything but what a check writes there, if any. */
function firstNotOurs(grid: SheetGrid, c: ResultColumns): string | undefined {
  const headers = RESULT_HEADER_SETS.find((set) => set.length === c.width)!;
  for (const row of c.rows.slice(1)) {
    const line = grid.rows.get(row) ?? [];
    for (let i = 0; i < c.width; i++) {
      const cell = line[c.col + i];
      if (cell === undefined) continue;
      const key = cellValueKey(row, c.col + i, cell);
      const status = headers[i] === "审核结果" && key.kind === "s" && key.formula === undefined && LEGACY_STATUS.has(key.value);
      if (!status && !isCheckValue(headers[i]!, key, undefined)) return cellAddress(row, c.col + i);
    }
  }
  return undefined;
}

/** The last row at or below the header with a value in one of the columns: an earlier, longer run's rows included. */
function lastRowIn(grid: SheetGrid, headerRow: number, col: number, width: number): number {
  let last = headerRow;
  for (const [row, cells] of grid.rows) {
    if (row <= last) continue;
    for (let c = col; c < col + width; c++) {
      if (cells[c] !== undefined) {
        last = row;
        break;
      }
    }
  }
  return last;
}
