/**
 * 清除审核结果, decided without Office: where the product's result columns are (found by their headers,
 * side by side, in order, on any sheet, as a re-run finds them: the six of now, or the five a version before
 * the verdicts wrote) and which of its sheets exist. Marks and
 * notes are recognised when the workbook is read (src/taskpane/excel/ours.ts).
 */
import { headerKey, resultRunAt, type SheetGrid } from "../../workbook";
import type { WorkbookData } from "./ports";
import { OUR_SHEETS } from "./ourSheets";

/** One block of result columns: the header row, the first column, and the last row that holds anything. */
export interface ResultColumns {
  readonly sheet: string;
  readonly headerRow: number;
  readonly col: number;
  readonly width: number;
  readonly lastRow: number;
}

export interface ClearPlan {
  readonly columns: readonly ResultColumns[];
  /** In the order they are deleted: a sheet of PivotTables before the sheet of the table they read. */
  readonly sheets: readonly string[];
}

export function planClear(data: WorkbookData): ClearPlan {
  const present = new Set(data.sheets.map((s) => s.name));
  const sheets = OUR_SHEETS.filter((name) => present.has(name));
  const columns = data.sheets.filter((g) => !sheets.includes(g.name)).flatMap(resultColumnsOf);
  return { columns, sheets };
}

function resultColumnsOf(grid: SheetGrid): ResultColumns[] {
  const found: ResultColumns[] = [];
  for (const [row, cells] of [...grid.rows].sort(([a], [b]) => a - b)) {
    const keys = cells.map((c) => (c?.t === "s" ? headerKey(c.v) : ""));
    for (let col = 0; col < keys.length; col++) {
      const width = resultRunAt(keys, col);
      if (width === 0) continue;
      found.push({ sheet: grid.name, headerRow: row, col, width, lastRow: lastRowIn(grid, row, col, width) });
      col += width - 1;
    }
  }
  return found;
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
