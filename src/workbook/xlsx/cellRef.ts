/** A1-style references: "AB12" ↔ 1-based row and 0-based column, as the sheet grid counts them. */
import type { CellRange } from "../types";

export interface CellAddress {
  /** 1-based. */
  readonly row: number;
  /** 0-based. */
  readonly col: number;
}

/**
 * Parses "B7" or "$B$7". Returns undefined for anything else. Rows and columns are not capped here (the
 * caller compares them with the limits and says which was exceeded).
 */
export function parseCellRef(ref: string): CellAddress | undefined {
  const out = { row: 0, col: 0 };
  return parseCellRefInto(ref, out) ? out : undefined;
}

/** parseCellRef without allocating: fills `out`, returns false when `ref` is not a reference. */
export function parseCellRefInto(ref: string, out: { row: number; col: number }): boolean {
  let i = 0;
  const len = ref.length;
  if (ref.charCodeAt(i) === 0x24) i++;
  let col = 0;
  const colStart = i;
  for (; i < len; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  if (i === colStart) return false;
  if (ref.charCodeAt(i) === 0x24) i++;
  const rowStart = i;
  let row = 0;
  for (; i < len; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    row = row * 10 + (c - 0x30);
  }
  if (i === rowStart || row === 0) return false;
  out.row = row;
  out.col = col - 1;
  return true;
}

/** The 0-based column index of column letters, either case: "A" → 0, "aa" → 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) {
    let c = letters.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) return -1;
    col = col * 26 + (c - 0x40);
  }
  return col - 1;
}

/** Column letters of a 0-based column index: 0 → "A", 16383 → "XFD". */
export function columnLetters(col: number): string {
  // Each column of Excel's grid is spelt once: addresses are named for every cell a walk reads or writes.
  if (col >= 0 && col < GRID_COLUMNS && (col | 0) === col) return (lettersOf[col] ??= spellColumn(col));
  return spellColumn(col);
}

const GRID_COLUMNS = 16384;
const lettersOf: string[] = [];

function spellColumn(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(0x41 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

/** "B7" from 1-based row 7 and 0-based column 1. */
export function formatCellRef(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** "A1:C3" (or a single "B2") as an ordered range; undefined when unreadable. */
export function parseRangeRef(ref: string): CellRange | undefined {
  const colon = ref.indexOf(":");
  const a = parseCellRef(colon < 0 ? ref.trim() : ref.slice(0, colon).trim());
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1).trim());
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col), right: Math.max(a.col, b.col),
  };
}
