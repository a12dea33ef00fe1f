/**
 * A1 addresses as Office.js takes and returns them. Rows are 1-based and columns 0-based, as in
 * src/workbook/types.ts, so the adapter and the table reader speak of the same cell the same way.
 */
import type { CellRange } from "../../workbook";

export { cellAddress, columnIndex, columnLetters } from "../../output";
import { cellAddress, columnIndex } from "../../output";

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Sheet names are always quoted: a name such as 申报表 (2) or one with an apostrophe stays one name. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, local: string): string {
  return `${quoteSheet(sheet)}!${local}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Reads an address Office.js returned ("Sheet1!B2:F20", "'My sheet'!C3"). Whole-column or whole-row
 * addresses are not produced by the calls the adapter makes, so they are refused rather than guessed.
 */
export function parseAddress(address: string): { sheet: string | null; range: CellRange } {
  let sheet: string | null = null;
  let local = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    local = address.slice(bang + 1);
  }
  const [first, second = first] = local.split(":");
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) throw new Error(`Unexpected range address: ${address}`);
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  return {
    sheet,
    range: { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) },
  };
}
