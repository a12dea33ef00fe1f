/** A1-style addresses and sheet-qualified references, as Excel writes them. */

import { columnLetters } from "../workbook/xlsx/cellRef";

export { columnLetters };

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 1-based row, 0-based column → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "C5" → { row: 5, col: 2 }; undefined for anything else. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(address);
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
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
