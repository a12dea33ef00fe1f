/**
 * An earlier approvals file (`--history`, the page's 以往核定记录) as bytes → the sheet its entries are read
 * from: a CSV decoded and parsed, or in a workbook the first sheet a reviewer sees with the history's header
 * row. One reading for every host; each says in its own words what it could not read.
 */
import { decodeCsv, parseCsv, ReadError, hasHistoryHeader, searchSheets, visibleSheets, type SheetGrid } from "../workbook";
import { openWorkbook } from "../workbook/node";

export interface HistoryGrid {
  readonly grid: SheetGrid;
  /** A CSV's lines a quote never closed runs into (the rows are then not read): empty when none. */
  readonly unclosedLines: readonly number[];
}

/** `name` decides CSV (by its extension) or workbook. Throws ReadError for a file that cannot be read. */
export function historyGridOf(bytes: Uint8Array, name: string): HistoryGrid {
  if (/\.csv$/i.test(name)) {
    const csv = parseCsv(decodeCsv(bytes), name);
    return { grid: csv, unclosedLines: csv.unreadableLines ?? [] };
  }
  const workbook = openWorkbook(bytes);
  const sheets = visibleSheets(workbook.sheets);
  if (sheets.length === 0) throw new ReadError("no-worksheet");
  const grid = searchSheets(sheets, workbook.readSheet, (g) => (hasHistoryHeader(g) ? g : undefined)) ?? workbook.readSheet(sheets[0]!.name);
  return { grid, unclosedLines: [] };
}
