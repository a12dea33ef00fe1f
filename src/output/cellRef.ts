/** A1-style addresses and sheet-qualified references, as Excel writes them. */

import { columnLetters, parseCellRef } from "../workbook/xlsx/cellRef";

export { columnIndex, columnLetters } from "../workbook/xlsx/cellRef";

/** Excel's last column, XFD. */
const LAST_COLUMN = 16383;

/** 1-based row, 0-based column → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "C5" (or "$C$5") → { row: 5, col: 2 }; undefined for anything else, and for a column past XFD. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const at = parseCellRef(address);
  return at && at.col <= LAST_COLUMN ? at : undefined;
}

/**
 * `'申报表'!C5`. The sheet name is always quoted (Excel accepts quotes around any name and needs them around
 * names with spaces, punctuation or non-ASCII letters); a quote inside the name is doubled.
 */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * What a sheet repeats on every printed page, as Excel's _xlnm.Print_Titles holds it: rows `from`..`to`,
 * and its first `columns` columns before them when there are any ("'表'!$A:$B,'表'!$2:$2").
 */
export function printTitlesRef(sheet: string, from: number, to: number, columns = 0): string {
  const rows = sheetRef(sheet, `$${from}:$${to}`);
  return columns > 0 ? `${sheetRef(sheet, `$A:$${columnLetters(columns - 1)}`)},${rows}` : rows;
}
