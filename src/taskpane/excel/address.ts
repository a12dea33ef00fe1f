/**
 * A1 addresses as Office.js takes and returns them. Rows are 1-based and columns 0-based, as in
 * src/workbook/types.ts, so the adapter and the table reader speak of the same cell the same way.
 */
import type { CellRange } from "../../workbook";

export { cellAddress, columnIndex, columnLetters } from "../../output";
import { cellAddress, parseCellAddress } from "../../output";

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
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b) throw new Error(`Unexpected range address: ${address}`);
  return {
    sheet,
    range: { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) },
  };
}
